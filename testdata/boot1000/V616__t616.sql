-- core_t_616: table 616 of the core module
CREATE TABLE core_t_616 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_616_name_idx ON core_t_616 (name);
INSERT INTO core_t_616 (name) VALUES ('first row of core_t_616'), ('second row');
