-- core_t_876: table 876 of the core module
CREATE TABLE core_t_876 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_876_name_idx ON core_t_876 (name);
INSERT INTO core_t_876 (name) VALUES ('first row of core_t_876'), ('second row');
