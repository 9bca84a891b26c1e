CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE PROCEDURE flush() LANGUAGE plpgsql AS $$
BEGIN
  COMMIT;
END $$;
CALL flush();
