-- core_t_684: table 684 of the core module
CREATE TABLE core_t_684 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_684_name_idx ON core_t_684 (name);
INSERT INTO core_t_684 (name) VALUES ('first row of core_t_684'), ('second row');
