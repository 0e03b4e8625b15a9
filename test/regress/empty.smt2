; Degenerate scripts: a check with no declarations or assertions, an empty model, get-value of
; constant terms, and assertions of true/false.
(set-option :produce-models true)
(set-logic QF_IDL)
(set-info :status sat)
(check-sat)
(get-model)
(get-value (0 (- 7) true))
(assert true)
(check-sat)
(assert false)
(set-info :status unsat)
(check-sat)
