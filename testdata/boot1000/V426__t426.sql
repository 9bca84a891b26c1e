-- core_t_426: table 426 of the core module
CREATE TABLE core_t_426 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_426_name_idx ON core_t_426 (name);
INSERT INTO core_t_426 (name) VALUES ('first row of core_t_426'), ('second row');
