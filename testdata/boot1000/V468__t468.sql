-- core_t_468: table 468 of the core module
CREATE TABLE core_t_468 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_468_name_idx ON core_t_468 (name);
INSERT INTO core_t_468 (name) VALUES ('first row of core_t_468'), ('second row');
