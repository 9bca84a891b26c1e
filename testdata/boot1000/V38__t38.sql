-- core_t_38: table 38 of the core module
CREATE TABLE core_t_38 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_38_name_idx ON core_t_38 (name);
INSERT INTO core_t_38 (name) VALUES ('first row of core_t_38'), ('second row');
