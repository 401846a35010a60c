"""SAML 2.0 helpers shared by the SPID service provider (spid/) and the test IdP (testidp/):
namespaces, hardened XML parsing, XML signatures through xmlsec1 (pysaml2), bindings and
the SPID certificates."""
