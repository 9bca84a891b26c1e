CREATE TABLE kieli (nimi text);
INSERT INTO kieli VALUES ('suomi – “lainausmerkit”'), ('日本語');
SELECT nimi FROM kieli;
/* the server rejects the whole script before running any of it */
SELEC 'virhe; ei ajeta' FROM kieli;
SELECT 1;
