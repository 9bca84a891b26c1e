-- core_t_758: table 758 of the core module
CREATE TABLE core_t_758 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_758_name_idx ON core_t_758 (name);
INSERT INTO core_t_758 (name) VALUES ('first row of core_t_758'), ('second row');
