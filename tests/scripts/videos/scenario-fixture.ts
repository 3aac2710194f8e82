import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../../src/schemas/scenario';

/**
 * A tiny scenario with every kind of node: two doctors and a patient, a conditional line, a
 * decision, a scene with and one without lines, and an ending. Shared by the vlog script tests.
 */
export const fixtureYaml = `# Fixture for the placeholder vlog tests.
id: vlog-fixture
title: The letter
summary: A discharge letter and what came of it.
learnerSide: hospital
minutes: 3
cast:
  - { id: mrs-patel, name: Mrs Patel, role: Patient, side: patient }
  - { id: amara, name: Amara Okafor, role: FY2 doctor, side: hospital }
  - { id: tom, name: Tom Reid, role: GP trainee, side: general-practice }
  - { id: sister, name: Sister Jones, role: Ward sister, side: hospital }
vlog:
  video: videos/vlog-fixture/vlog.mp4
  captions: videos/vlog-fixture/captions.vtt
start: ward
nodes:
  - id: ward
    kind: dialogue
    lines:
      - speaker: amara
        text: Hello, Mrs Patel.
      - speaker: mrs-patel
        requires: [seen-before]
        text: Hello again, doctor.
      - speaker: mrs-patel
        text: Am I going home?
    next: decide

  - id: decide
    kind: decision
    prompt: What do you write?
    choices:
      - { id: clear, text: A clear action., feedback: Good., score: 10, target: later }
      - { id: vague, text: Review as appropriate., feedback: Vague., score: 2, target: later }

  - id: later
    kind: scene
    when: Three weeks later
    where: At the GP surgery
    perspective: general-practice
    lines:
      - speaker: tom
        text: Come in. How have you been since you came out of hospital?
    next: quiet

  - id: quiet
    kind: scene
    when: That evening
    where: The ward
    next: only-some

  - id: only-some
    kind: dialogue
    segment: { start: 90, end: 95 }
    lines:
      - speaker: sister
        unless: [clear]
        text: Only some learners hear this.
    next: end

  - id: end
    kind: ending
    outcome: recommended
    title: Loop closed
    summary: It worked.
    lines:
      - speaker: amara
        text: Next time I will write the action, the owner and the date, so nobody has to guess whose job it is.
    learningPoints: [Write the action.]
`;

export const fixtureScenario: Scenario = scenarioSchema.parse(parse(fixtureYaml));
