;; Byte scans over UTF-8 JSON Lines at SIMD speed, for byte-scan.ts (which says why).
;; byte-scan-wasm.ts holds this compiled: `npm run build:wasm` writes it again after a change here, and a test
;; checks that the two agree.
(module
  (import "env" "memory" (memory 1))
  ;; How many LF bytes [p, p + n) holds.
  (func (export "countLf") (param $p i32) (param $n i32) (result i32)
    (local $end i32) (local $count i32) (local $lf v128)
    (local.set $lf (i8x16.splat (i32.const 10)))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (block $simd_done
      (loop $simd
        (br_if $simd_done (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
        (local.set $count (i32.add (local.get $count)
          (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load align=1 (local.get $p)) (local.get $lf))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $simd)))
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $count (i32.add (local.get $count) (i32.eq (i32.load8_u (local.get $p)) (i32.const 10))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $tail)))
    (local.get $count))

  ;; The positions of the LF bytes in [p, end), written as i32 at out, at most max of them; returns how many.
  (func (export "findLf") (param $p i32) (param $end i32) (param $out i32) (param $max i32) (result i32)
    (local $count i32) (local $lf v128) (local $mask i32)
    (local.set $lf (i8x16.splat (i32.const 10)))
    (block $simd_done
      (loop $simd
        (br_if $simd_done (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
        (local.set $mask (i8x16.bitmask (i8x16.eq (v128.load align=1 (local.get $p)) (local.get $lf))))
        (block $bits_done
          (loop $bits
            (br_if $bits_done (i32.eqz (local.get $mask)))
            (if (i32.ge_u (local.get $count) (local.get $max)) (then (return (local.get $count))))
            (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2)))
              (i32.add (local.get $p) (i32.ctz (local.get $mask))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
            (br $bits)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $simd)))
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $p) (local.get $end)))
        (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 10))
          (then
            (if (i32.ge_u (local.get $count) (local.get $max)) (then (return (local.get $count))))
            (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))) (local.get $p))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $tail)))
    (local.get $count))

  ;; Whether the m bytes at t, each OR 0x20, equal the m bytes at k (a needle already OR 0x20).
  (func $same (param $t i32) (param $k i32) (param $m i32) (result i32)
    (local $i i32)
    (block $no
      (loop $each
        (if (i32.ge_u (local.get $i) (local.get $m)) (then (return (i32.const 1))))
        (br_if $no (i32.ne
          (i32.or (i32.load8_u (i32.add (local.get $t) (local.get $i))) (i32.const 32))
          (i32.load8_u (i32.add (local.get $k) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (i32.const 0))

  ;; The positions in [p, end) where the m bytes of the needle at k (OR 0x20) occur with every byte OR 0x20,
  ;; written as i32 at out, at most max of them; returns how many. m >= 1.
  (func (export "findFolded") (param $p i32) (param $end i32) (param $k i32) (param $m i32) (param $out i32) (param $max i32) (result i32)
    (local $count i32) (local $first v128) (local $last v128) (local $fold v128) (local $mask i32) (local $at i32)
    (local.set $first (i8x16.splat (i32.load8_u (local.get $k))))
    (local.set $last (i8x16.splat (i32.load8_u (i32.add (local.get $k) (i32.sub (local.get $m) (i32.const 1))))))
    (local.set $fold (i8x16.splat (i32.const 32)))
    (block $simd_done
      (loop $simd
        (br_if $simd_done (i32.gt_u (i32.add (i32.add (local.get $p) (local.get $m)) (i32.const 15)) (local.get $end)))
        (local.set $mask (i8x16.bitmask (v128.and
          (i8x16.eq (v128.or (v128.load align=1 (local.get $p)) (local.get $fold)) (local.get $first))
          (i8x16.eq (v128.or (v128.load align=1 (i32.add (local.get $p) (i32.sub (local.get $m) (i32.const 1)))) (local.get $fold)) (local.get $last)))))
        (block $bits_done
          (loop $bits
            (br_if $bits_done (i32.eqz (local.get $mask)))
            (local.set $at (i32.add (local.get $p) (i32.ctz (local.get $mask))))
            (if (call $same (local.get $at) (local.get $k) (local.get $m))
              (then
                (if (i32.ge_u (local.get $count) (local.get $max)) (then (return (local.get $count))))
                (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))) (local.get $at))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))
            (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
            (br $bits)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $simd)))
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.gt_u (i32.add (local.get $p) (local.get $m)) (local.get $end)))
        (if (call $same (local.get $p) (local.get $k) (local.get $m))
          (then
            (if (i32.ge_u (local.get $count) (local.get $max)) (then (return (local.get $count))))
            (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))) (local.get $p))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $tail)))
    (local.get $count))

  ;; A record's fingerprint (record-fingerprint.ts): 128 bits of hash over its bytes, two 64-bit lanes that each
  ;; take every 8-byte word (little-endian) of the text, then its last 0-7 bytes as one word with zeros above
  ;; them; the length seeds the second lane, so that the zeros cannot make two texts alike. Each lane's step is
  ;; a bijection of the lane for a given word (xor or add, rotate, multiply by an odd constant), so two texts of
  ;; one length part at their first different word and meet again only by chance, 2^-64 a lane. Not a
  ;; cryptographic hash. src/model/fingerprint-hash.ts is the same function in JavaScript, and a test checks
  ;; that the two agree.
  (global $ha (mut i64) (i64.const 0))
  (global $hb (mut i64) (i64.const 0))

  ;; Starts the fingerprint of a text of n bytes.
  (func (export "hashStart") (param $n i32)
    (global.set $ha (i64.const 0x9E3779B97F4A7C15))
    (global.set $hb (i64.xor (i64.const 0xC2B2AE3D27D4EB4F) (i64.extend_i32_u (local.get $n)))))

  ;; Takes the 8-byte words of [p, p + n) into the lanes; returns where the words end (at most 7 bytes before p + n).
  (func $words (export "hashWords") (param $p i32) (param $n i32) (result i32)
    (local $end i32) (local $a i64) (local $b i64) (local $w i64)
    (local.set $a (global.get $ha))
    (local.set $b (global.get $hb))
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (block $done
      (loop $each
        (br_if $done (i32.gt_u (i32.add (local.get $p) (i32.const 8)) (local.get $end)))
        (local.set $w (i64.load align=1 (local.get $p)))
        (local.set $a (i64.mul (i64.rotl (i64.xor (local.get $a) (local.get $w)) (i64.const 29)) (i64.const 0x9FB21C651E98DF25)))
        (local.set $b (i64.mul (i64.rotl (i64.add (local.get $b) (local.get $w)) (i64.const 37)) (i64.const 0xD6E8FEB86659FD93)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $each)))
    (global.set $ha (local.get $a))
    (global.set $hb (local.get $b))
    (local.get $p))

  ;; A lane's last mix (xxHash64's): every bit of the lane reaches every bit of the result, the low 32 bits too,
  ;; which the fingerprint set takes for the slot.
  (func $avalanche (param $h i64) (result i64)
    (local.set $h (i64.mul (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 33))) (i64.const 0xC2B2AE3D27D4EB4F)))
    (local.set $h (i64.mul (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 29))) (i64.const 0x165667B19E3779F9)))
    (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 32))))

  ;; Takes the rest of the text, [p, p + n), and writes the fingerprint's 16 bytes at out (lane one, lane two).
  (func (export "hashEnd") (param $p i32) (param $n i32) (param $out i32)
    (local $end i32) (local $w i64) (local $shift i64)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (local.set $p (call $words (local.get $p) (local.get $n)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $w (i64.or (local.get $w) (i64.shl (i64.load8_u (local.get $p)) (local.get $shift))))
        (local.set $shift (i64.add (local.get $shift) (i64.const 8)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $each)))
    (global.set $ha (i64.mul (i64.rotl (i64.xor (global.get $ha) (local.get $w)) (i64.const 29)) (i64.const 0x9FB21C651E98DF25)))
    (global.set $hb (i64.mul (i64.rotl (i64.add (global.get $hb) (local.get $w)) (i64.const 37)) (i64.const 0xD6E8FEB86659FD93)))
    (i64.store (local.get $out) (call $avalanche (global.get $ha)))
    (i64.store offset=8 (local.get $out) (call $avalanche (global.get $hb))))
)
