declare module 'virtual:map-model' {
  const model: import('./lib/geo/model.ts').MapModel;
  export default model;
}
