; Errors do not stop the script: an undeclared symbol, an unknown sort and a non-Bool assertion
; are reported as (error ...) and the next commands run.
(set-info :status unsat)
(set-logic QF_IDL)
(declare-fun x () Int)
(assert (< x nope))
(declare-fun y () Real2)
(assert (+ x 1))
(assert (< x (+ x (- 1))))
(check-sat)
(declare-fun z () Int)
(assert (< z 0))
(check-sat)
