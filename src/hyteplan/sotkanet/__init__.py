"""THL Sotkanet: fetching indicator values from its REST API and importing saved exports.

* ``client``: HTTP with retries, backoff, a polite request rate and a User-Agent (urllib only).
* ``regions``: Sotkanet's region list joined to the workspace (municipality numbers, the welfare
  region's Sotkanet ID, the whole country), never by Sotkanet's internal region IDs.
* ``store``: the one file in ``data/`` that fetch and import write, as a deterministic JSON object.
* ``fetch`` / ``importer``: the two ways values get into that file.

Nothing here runs during validate or render: only ``hyteplan data fetch`` and ``data import``.
"""
