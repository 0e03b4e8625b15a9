; Command-level errors: a redeclaration, a sort mismatch, popping too far, an undefined sort,
; a function applied to the wrong number of arguments. Each is reported; the rest runs.
(set-logic QF_IDL)
(declare-fun x () Int)
(declare-fun b () Bool)
(declare-fun x () Int)
(assert (< x b))
(pop 1)
(declare-fun t () Time)
(define-fun before ((u Int) (v Int)) Bool (< u v))
(assert (before x))
(assert (before x x))
(set-info :status unsat)
(check-sat)
