"""The wire contracts: Faust Records, the JSON Schema files made from them, input parsing."""
