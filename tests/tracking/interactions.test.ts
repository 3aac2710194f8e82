import { describe, expect, it } from 'vitest';
// The package's main entry: its per-version entries are typed as default exports but export names.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { interactionFor } from '../../src/tracking/interactions';
import {
  createScorm12Tracker,
  createScorm2004Tracker,
  scorm12Limits,
} from '../../src/tracking/scorm-trackers';
import type { Scorm12Api, Scorm2004Api } from '../../src/tracking/api-discovery';
import { currentContent, tinyCourse } from './support/courses';

/**
 * The data model types, as the specs define them (scorm-again is more lenient than some LMSs):
 * - SCORM 1.2 CMIIdentifier: no white space or unprintable characters, at most 255.
 * - SCORM 1.2 CMIFeedback for a choice: single characters 0-9 or a-z (one here).
 * - SCORM 2004 long_identifier_type: a URI; a URN's namespace id is a letter or digit then up to
 *   31 letters, digits or hyphens (RFC 8141).
 * - SCORM 2004 short_identifier_type: a short URI-safe token.
 */
const cmiIdentifier = /^[\x21-\x7e]{1,255}$/;
const choiceResponse = /^[0-9a-z]$/;
const urn = /^urn:[a-z0-9][a-z0-9-]{0,31}:[\x21-\x7e]+$/i;
const shortIdentifier = /^[\w.\-()+:=@;$!*'%/#]{1,250}$/;

describe('interactions', () => {
  const course = tinyCourse();
  const at = new Date(Date.UTC(2026, 10, 21, 10, 0, 0));

  it("describe a decision: id, the learner's response, the best response, result and weighting", () => {
    expect(
      interactionFor(course, {
        scenarioId: 'flag-route',
        decisionId: 'second-call',
        choiceId: 'rebook-blind',
        at,
      }),
    ).toEqual({
      id: 'urn:tiny-module:flag-route:second-call',
      response: 'c',
      correctResponse: 'a',
      correct: false,
      weighting: 10,
      description: 'Scenario flag-route, decision second-call: chose rebook-blind (5 of 10 points)',
      at,
    });
    expect(
      interactionFor(course, {
        scenarioId: 'flag-route',
        decisionId: 'first-call',
        choiceId: 'phone',
        at,
      })?.correct,
    ).toBe(true);
  });

  it('ignore decisions that do not exist', () => {
    expect(
      interactionFor(course, {
        scenarioId: 'flag-route',
        decisionId: 'nope',
        choiceId: 'phone',
        at,
      }),
    ).toBeNull();
  });

  it('use values legal in both SCORM versions for every decision of the current content', () => {
    const { course: current } = currentContent();
    const ids = new Set<string>();
    for (const scenario of current.scenarios) {
      for (const decision of scenario.decisions) {
        for (const choice of decision.choices) {
          const interaction = interactionFor(current, {
            scenarioId: scenario.id,
            decisionId: decision.id,
            choiceId: choice.id,
            at,
          })!;
          expect(interaction.id).toMatch(cmiIdentifier);
          expect(interaction.id.length).toBeLessThanOrEqual(scorm12Limits.interactionId);
          expect(interaction.id).toMatch(urn);
          expect(interaction.response).toMatch(choiceResponse);
          expect(interaction.response).toMatch(shortIdentifier);
          expect(interaction.correctResponse).toMatch(choiceResponse);
          expect(interaction.description.length).toBeLessThanOrEqual(250);
          ids.add(interaction.id);
        }
      }
    }
    // One id per decision: an LMS report groups every learner's answer to the same question.
    expect(ids.size).toBe(
      current.scenarios.reduce((sum, scenario) => sum + scenario.decisions.length, 0),
    );
  });

  it('are accepted by scorm-again in both versions', () => {
    const interaction = interactionFor(course, {
      scenarioId: 'flag-route',
      decisionId: 'second-call',
      choiceId: 'discharge',
      at,
    })!;
    const old = new Scorm12API({ logLevel: 5 });
    old.lmsInitialize();
    expect(
      createScorm12Tracker(old as unknown as Scorm12Api).writeInteraction(0, interaction),
    ).toEqual({ ok: true, rejected: [] });
    const modern = new Scorm2004API({ logLevel: 5 });
    modern.lmsInitialize();
    expect(
      createScorm2004Tracker(modern as unknown as Scorm2004Api).writeInteraction(0, interaction),
    ).toEqual({ ok: true, rejected: [] });
    expect(modern.GetValue('cmi.interactions.0.result')).toBe('incorrect');
    expect(old.getFlattenedCMI()['cmi.interactions.0.result']).toBe('wrong');
  });
});
