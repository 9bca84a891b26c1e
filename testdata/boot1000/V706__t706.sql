-- core_t_706: table 706 of the core module
CREATE TABLE core_t_706 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_706_name_idx ON core_t_706 (name);
INSERT INTO core_t_706 (name) VALUES ('first row of core_t_706'), ('second row');
