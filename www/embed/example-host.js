// The example host page's own script: sends accounts to the iframe #from-host once it says it is
// ready. Only messages from that iframe are read, and the accounts go to the app's origin only.
const frame = document.getElementById('from-host');
const appOrigin = new URL(frame.src).origin;
const accounts = [
  { label: 'Ministry', text: 'About 3,000 litres of ammonia leaked into the river. 180 households were evacuated.' },
  { label: 'Gazette', text: 'About 5,000 litres of ammonia leaked into the river. 180 households were evacuated.' },
];
addEventListener('message', (event) => {
  if (event.source === frame.contentWindow && event.data?.type === 'claimdiff:ready') {
    frame.contentWindow.postMessage({ type: 'claimdiff:accounts', accounts }, appOrigin);
  }
});
