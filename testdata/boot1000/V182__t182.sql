-- core_t_182: table 182 of the core module
CREATE TABLE core_t_182 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_182_name_idx ON core_t_182 (name);
INSERT INTO core_t_182 (name) VALUES ('first row of core_t_182'), ('second row');
