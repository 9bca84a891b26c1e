CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $body$
  SELECT 1;
$bdy$;
