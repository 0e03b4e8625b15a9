; get-info: :name and :version are the solver's own (wildcards in .expected); :error-behavior
; is continued execution; :reason-unknown before and after a check.
(set-logic QF_IDL)
(set-info :status sat)
(get-info :name)
(get-info :version)
(get-info :error-behavior)
(declare-fun x () Int)
(assert (> x 0))
(check-sat)
(get-info :reason-unknown)
