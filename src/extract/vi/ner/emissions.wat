;; The tagger's emission sums (tag-with.ts emissionsQ), eight tags at a time with 128-bit SIMD.
;; Memory: the model's 16-bit weights from address 0, N_TAGS = 9 per row (18 bytes);
;; rows: 36 i32 row numbers per token (-1: the template does not apply).
;; emit(rows, from, to, out): for each token i in [from, to), the 9 i32 sums of its rows' weights
;; at out + (i - from) * 36.
(module
  (import "env" "memory" (memory 1))
  (func (export "emit") (param $rows i32) (param $from i32) (param $to i32) (param $out i32)
    (local $p i32) (local $end i32) (local $r i32) (local $v v128)
    (local $lo v128) (local $hi v128) (local $s8 i32)
    (local.set $p (i32.add (local.get $rows) (i32.mul (local.get $from) (i32.const 144))))
    (block $done
      (loop $token
        (br_if $done (i32.ge_s (local.get $from) (local.get $to)))
        (local.set $end (i32.add (local.get $p) (i32.const 144)))
        (local.set $lo (v128.const i32x4 0 0 0 0))
        (local.set $hi (v128.const i32x4 0 0 0 0))
        (local.set $s8 (i32.const 0))
        (loop $feature
          (local.set $r (i32.load (local.get $p)))
          (if (i32.ge_s (local.get $r) (i32.const 0))
            (then
              (local.set $r (i32.mul (local.get $r) (i32.const 18)))
              (local.set $v (v128.load (local.get $r)))
              (local.set $lo (i32x4.add (local.get $lo) (i32x4.extend_low_i16x8_s (local.get $v))))
              (local.set $hi (i32x4.add (local.get $hi) (i32x4.extend_high_i16x8_s (local.get $v))))
              (local.set $s8 (i32.add (local.get $s8) (i32.load16_s offset=16 (local.get $r))))))
          (local.set $p (i32.add (local.get $p) (i32.const 4)))
          (br_if $feature (i32.lt_u (local.get $p) (local.get $end))))
        (v128.store (local.get $out) (local.get $lo))
        (v128.store offset=16 (local.get $out) (local.get $hi))
        (i32.store offset=32 (local.get $out) (local.get $s8))
        (local.set $out (i32.add (local.get $out) (i32.const 36)))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (br $token)))))
