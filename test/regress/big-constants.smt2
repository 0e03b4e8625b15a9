; Constants beyond 2^53 and 2^64 must be exact: the cycle x -> y -> z -> x has weight 0 in the
; first scope (sat, every edge tight) and weight 1 in the second (unsat); doubles cannot tell
; these apart.
(set-option :produce-models true)
(set-logic QF_IDL)
(declare-fun x () Int)
(declare-fun y () Int)
(declare-fun z () Int)
(assert (>= (- x y) 9007199254740993))
(assert (>= (- y z) 100000000000000000000))
(push 1)
(assert (>= (- z x) (- 100009007199254740993)))
(set-info :status sat)
(check-sat)
(get-value ((- x y) (- y z) (- z x)))
(pop 1)
(assert (>= (- z x) (- 100009007199254740992)))
(set-info :status unsat)
(check-sat)
