-- core_t_774: table 774 of the core module
CREATE TABLE core_t_774 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_774_name_idx ON core_t_774 (name);
INSERT INTO core_t_774 (name) VALUES ('first row of core_t_774'), ('second row');
