CREATE FUNCTION bump(i int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  RETURN i +;
END
$$;
