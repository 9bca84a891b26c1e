-- core_t_328: table 328 of the core module
CREATE TABLE core_t_328 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_328_name_idx ON core_t_328 (name);
INSERT INTO core_t_328 (name) VALUES ('first row of core_t_328'), ('second row');
