// The decorator helpers of the compiled server code (scripts/build.mjs copies this file to
// dist/runtime/decorators.js and points Oxc's helper imports at it). `decorate`, `decorateParam`
// and `decorateMetadata` are tsc's own `__decorate`, `__param` and `__metadata` (as in tslib), so
// decorators run exactly as they did when tsc compiled the code.
//
// One difference is made up for at run time: tsc knows the types, a file-by-file transpiler does
// not. Where a decorated property, parameter or return is typed with an enum (or a string-literal
// union named like a const object), tsc emits `String` (or `Number`) as its design type; Oxc emits
// the enum object itself. `designType` turns such an object back into what tsc emitted, so that
// Nest's ValidationPipe, class-transformer and @nestjs/graphql see the same metatypes as before.
// (A plain type alias is emitted as `Object` where tsc could emit `String`: nothing here reads
// the design type of one, and the integration tests would show it: see docs/PERFORMANCE.md.)

// tsc's helper as tsc emits it (formatted).
export function decorate(decorators, target, key, desc) {
  var c = arguments.length,
    r = c < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key)) : desc,
    d;
  if (typeof Reflect === 'object' && typeof Reflect.decorate === 'function') r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if ((d = decorators[i])) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return (c > 3 && r && Object.defineProperty(target, key, r), r);
}

export function decorateParam(paramIndex, decorator) {
  return function (target, key) {
    decorator(target, key, paramIndex);
  };
}

/** What tsc emits for a type whose run-time value is `value`: an enum object becomes String or Number. */
export function designType(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  if (entries.length === 0) return Object;
  if (entries.every(([, v]) => typeof v === 'string')) return String;
  // A numeric enum maps its names to numbers and back: { A: 0, '0': 'A' }.
  if (entries.every(([k, v]) => typeof v === 'number' || (typeof v === 'string' && String(Number(k)) === k && value[v] === Number(k)))) return Number;
  return Object;
}

export function decorateMetadata(metadataKey, metadataValue) {
  const value = metadataKey === 'design:paramtypes' && Array.isArray(metadataValue) ? metadataValue.map(designType) : designType(metadataValue);
  if (typeof Reflect === 'object' && typeof Reflect.metadata === 'function') return Reflect.metadata(metadataKey, value);
}
