-- core_t_618: table 618 of the core module
CREATE TABLE core_t_618 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_618_name_idx ON core_t_618 (name);
INSERT INTO core_t_618 (name) VALUES ('first row of core_t_618'), ('second row');
