-- core_t_568: table 568 of the core module
CREATE TABLE core_t_568 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_568_name_idx ON core_t_568 (name);
INSERT INTO core_t_568 (name) VALUES ('first row of core_t_568'), ('second row');
