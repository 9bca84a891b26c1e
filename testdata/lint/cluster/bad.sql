-- want cluster 2:1
CLUSTER oskari_maplayer USING maplayer_name;
