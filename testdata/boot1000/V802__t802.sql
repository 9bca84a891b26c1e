-- core_t_802: table 802 of the core module
CREATE TABLE core_t_802 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_802_name_idx ON core_t_802 (name);
INSERT INTO core_t_802 (name) VALUES ('first row of core_t_802'), ('second row');
