-- core_t_696: table 696 of the core module
CREATE TABLE core_t_696 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_696_name_idx ON core_t_696 (name);
INSERT INTO core_t_696 (name) VALUES ('first row of core_t_696'), ('second row');
