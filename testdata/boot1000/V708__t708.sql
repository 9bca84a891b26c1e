-- core_t_708: table 708 of the core module
CREATE TABLE core_t_708 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_708_name_idx ON core_t_708 (name);
INSERT INTO core_t_708 (name) VALUES ('first row of core_t_708'), ('second row');
