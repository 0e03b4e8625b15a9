; get-option reports the defaults and what set-option changed (the default of :produce-models
; differs between solvers: a wildcard in .expected).
(set-logic QF_IDL)
(set-info :status sat)
(get-option :print-success)
(get-option :produce-models)
(set-option :produce-models true)
(get-option :produce-models)
(set-option :print-success true)
(get-option :print-success)
(set-option :print-success false)
(get-option :print-success)
(declare-fun x () Int)
(check-sat)
