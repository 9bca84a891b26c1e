-- core_t_745: table 745 of the core module
CREATE TABLE core_t_745 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_745_name_idx ON core_t_745 (name);
