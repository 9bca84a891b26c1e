-- core_t_678: table 678 of the core module
CREATE TABLE core_t_678 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_678_name_idx ON core_t_678 (name);
INSERT INTO core_t_678 (name) VALUES ('first row of core_t_678'), ('second row');
