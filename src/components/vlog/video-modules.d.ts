// video.js ships its core build as UMD without its own type entry for this path.
declare module 'video.js/dist/alt/video.core.js' {
  const videojs: unknown;
  export default videojs;
}
