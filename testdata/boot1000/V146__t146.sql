-- core_t_146: table 146 of the core module
CREATE TABLE core_t_146 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_146_name_idx ON core_t_146 (name);
INSERT INTO core_t_146 (name) VALUES ('first row of core_t_146'), ('second row');
