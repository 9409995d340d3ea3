/** `count` instants (epoch ms) from 1900 on, a fixed pseudo-random walk of steps under `maxStepMs`. */
export function* instantWalk(seed: number, count: number, maxStepMs = 100_000_000): Generator<number> {
  let ms = Date.UTC(1900, 0, 1)
  for (let i = 0; i < count; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    ms += seed % maxStepMs
    yield ms
  }
}
