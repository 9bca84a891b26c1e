-- core_t_816: table 816 of the core module
CREATE TABLE core_t_816 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_816_name_idx ON core_t_816 (name);
INSERT INTO core_t_816 (name) VALUES ('first row of core_t_816'), ('second row');
