-- core_t_842: table 842 of the core module
CREATE TABLE core_t_842 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_842_name_idx ON core_t_842 (name);
INSERT INTO core_t_842 (name) VALUES ('first row of core_t_842'), ('second row');
