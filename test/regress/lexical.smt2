; Lexical corner cases: comments everywhere, quoted symbols with spaces, symbols with
; punctuation, |x| being the same symbol as x, and a string with an escaped quote.
(set-info :status sat) ; trailing comment
(set-info :source |a "quoted" source
spanning two lines|)
(set-option :produce-models true)
(set-logic QF_IDL)
(declare-fun |start time| () Int)
(declare-fun x!1 () Int)
(declare-fun a.b-c () Int)
(assert ; a comment inside a command
  (= (- |start time| x!1) 4))
(assert (= |x!1| 2))
(assert (< a.b-c (+ |x!1| (- 1))))
(assert (>= a.b-c 0))
(check-sat)
(get-value (|start time| x!1 a.b-c))
(echo "he said ""hi""")
