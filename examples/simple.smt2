; Two tasks share one resource: either a runs before b or b before a, and the Boolean
; a_first says which. Difference atoms, Bool constants and ite over Int terms mix freely.
(set-info :smt-lib-version 2.6)
(set-info :status sat)
(set-option :produce-models true)
(set-logic QF_IDL)
(declare-const a Int)            ; start of task a (3 time units)
(declare-const b Int)            ; start of task b (2 time units)
(declare-const a_first Bool)
(assert (>= a 0))
(assert (>= b 0))
(assert (= a_first (>= (- b a) 3)))              ; a_first: b starts after a ends
(assert (or a_first (>= (- a b) 2)))             ; otherwise a starts after b ends
(assert (<= (ite a_first (+ b 2) (+ a 3)) 5))    ; everything ends by time 5
(assert (not a_first))                           ; b must go first
(check-sat)
(get-value (a b a_first (- a b)))
