/**
 * A short two-note chime made in the browser (Web Audio): no sound file, nothing fetched. Played only
 * when the facilitator has ticked "Sound at time up"; silently nothing where audio is unavailable.
 */
export function chime() {
  try {
    const Context = window.AudioContext;
    if (!Context) return;
    const audio = new Context();
    [660, 880].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      const at = audio.currentTime + i * 0.35;
      gain.gain.setValueAtTime(0.2, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.3);
      tone.connect(gain).connect(audio.destination);
      tone.start(at);
      tone.stop(at + 0.3);
    });
    window.setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio here: the words on the screen still say it.
  }
}
