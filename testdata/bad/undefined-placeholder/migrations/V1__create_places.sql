CREATE TABLE places (
    id serial PRIMARY KEY,
    name text NOT NULL
);
GRANT SELECT ON places TO ${app_role};
