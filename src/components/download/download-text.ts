/**
 * Offers text as a file download, made in the browser: nothing is sent anywhere. Used for the
 * transcript, reflections, the session record and the insights report. The link is put in the
 * page while it is clicked, which some browsers need for a download to start.
 */
export function downloadText(fileName: string, text: string, type = 'text/plain;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
