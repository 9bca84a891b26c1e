-- core_t_754: table 754 of the core module
CREATE TABLE core_t_754 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_754_name_idx ON core_t_754 (name);
INSERT INTO core_t_754 (name) VALUES ('first row of core_t_754'), ('second row');
