-- core_t_172: table 172 of the core module
CREATE TABLE core_t_172 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_172_name_idx ON core_t_172 (name);
INSERT INTO core_t_172 (name) VALUES ('first row of core_t_172'), ('second row');
