{
    "patcher": {
        "fileversion": 1,
        "appversion": {
            "major": 8,
            "minor": 5,
            "revision": 5,
            "architecture": "x64",
            "modernui": 1
        },
        "classnamespace": "box",
        "rect": [
            40.0,
            60.0,
            900.0,
            640.0
        ],
        "bglocked": 0,
        "openinpresentation": 1,
        "default_fontsize": 12.0,
        "default_fontface": 0,
        "default_fontname": "Arial",
        "gridonopen": 1,
        "gridsize": [
            15.0,
            15.0
        ],
        "gridsnaponopen": 1,
        "objectsnaponopen": 1,
        "statusbarvisible": 2,
        "toolbarvisible": 1,
        "lefttoolbarpinned": 0,
        "toptoolbarpinned": 0,
        "righttoolbarpinned": 0,
        "bottomtoolbarpinned": 0,
        "toolbars_unpinned_last_save": 0,
        "tallnewobj": 0,
        "boxanimatetime": 200,
        "enablehscroll": 1,
        "enablevscroll": 1,
        "devicewidth": 0.0,
        "description": "",
        "digest": "",
        "tags": "",
        "style": "",
        "subpatcher_template": "",
        "assistshowspatchername": 0,
        "boxes": [
            {
                "box": {
                    "id": "obj-1",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        30,
                        620,
                        330,
                        36
                    ],
                    "text": "udpsend: every control's message goes to the server (oscserver serve, port 8000)."
                }
            },
            {
                "box": {
                    "id": "obj-2",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        30,
                        668,
                        160,
                        22.0
                    ],
                    "outlettype": [],
                    "text": "udpsend 127.0.0.1 8000"
                }
            },
            {
                "box": {
                    "id": "obj-3",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        30,
                        702.0,
                        330,
                        36
                    ],
                    "text": "Subscribe at load and every 5 s: the server pushes every change to port 9001, and a restarted server finds the patch again."
                }
            },
            {
                "box": {
                    "id": "obj-4",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        30,
                        750.0,
                        70,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "loadbang"
                }
            },
            {
                "box": {
                    "id": "obj-5",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        30,
                        784.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "metro 5000"
                }
            },
            {
                "box": {
                    "id": "obj-6",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        30,
                        818.0,
                        120,
                        22.0
                    ],
                    "text": "/subscribe 9001",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-7",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        30,
                        852.0,
                        330,
                        36
                    ],
                    "text": "udpreceive: the server's pushes, as messages named by their address."
                }
            },
            {
                "box": {
                    "id": "obj-8",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        30,
                        900.0,
                        140,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "udpreceive 9001"
                }
            },
            {
                "box": {
                    "id": "obj-9",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        30,
                        934.0,
                        330,
                        36
                    ],
                    "text": "route by address; each outlet feeds 'prepend set' so the control shows the value without sending it back (no feedback loop)."
                }
            },
            {
                "box": {
                    "id": "obj-10",
                    "maxclass": "newobj",
                    "numinlets": 34,
                    "numoutlets": 34,
                    "patching_rect": [
                        30,
                        982.0,
                        330,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route /link/tempo /link/playing /link/beat /link/peers /link/quantum /click/enabled /click/volume /midi/clock /looper/1/state /looper/1/volume /looper/1/mute /looper/2/state /looper/2/volume /looper/2/mute /looper/3/state /looper/3/volume /looper/3/mute /looper/4/state /looper/4/volume /looper/4/mute /looper/5/state /looper/5/volume /looper/5/mute /looper/6/state /looper/6/volume /looper/6/mute /looper/7/state /looper/7/volume /looper/7/mute /looper/8/state /looper/8/volume /looper/8/mute /subscribed"
                }
            },
            {
                "box": {
                    "id": "obj-11",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        450,
                        620,
                        60,
                        20
                    ],
                    "text": "TEMPO",
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        15,
                        60,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-12",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        450,
                        652,
                        80,
                        30
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        35,
                        80,
                        30
                    ],
                    "minimum": 20.0,
                    "maximum": 999.0,
                    "fontsize": 18.0
                }
            },
            {
                "box": {
                    "id": "obj-13",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        694,
                        240,
                        22
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        110,
                        40,
                        240,
                        22
                    ],
                    "orientation": 1,
                    "min": 40.0,
                    "size": 200.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-14",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        728,
                        150.0,
                        22.0
                    ],
                    "text": "/link/tempo $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-15",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        762.0,
                        150.0,
                        22.0
                    ],
                    "text": "/link/tempo $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-16",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        796.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-17",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        830.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-18",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        450,
                        864.0,
                        30,
                        20
                    ],
                    "text": "-1",
                    "presentation": 1,
                    "presentation_rect": [
                        360,
                        15,
                        30,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-19",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        450,
                        896.0,
                        30,
                        20
                    ],
                    "text": "+1",
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        15,
                        30,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-20",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        928.0,
                        30,
                        30
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        360,
                        35,
                        30,
                        30
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-21",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        970.0,
                        30,
                        30
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        35,
                        30,
                        30
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-22",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        450,
                        1012.0,
                        200,
                        36
                    ],
                    "text": "Nudges step from the tempo the server last reported."
                }
            },
            {
                "box": {
                    "id": "obj-23",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        1060.0,
                        40,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "f"
                }
            },
            {
                "box": {
                    "id": "obj-24",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        1094.0,
                        50,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "- 1."
                }
            },
            {
                "box": {
                    "id": "obj-25",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        1128.0,
                        150.0,
                        22.0
                    ],
                    "text": "/link/tempo $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-26",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        1162.0,
                        40,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "f"
                }
            },
            {
                "box": {
                    "id": "obj-27",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        1196.0,
                        50,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "+ 1."
                }
            },
            {
                "box": {
                    "id": "obj-28",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        1230.0,
                        150.0,
                        22.0
                    ],
                    "text": "/link/tempo $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-29",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        620,
                        50,
                        20
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        80,
                        50,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-30",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        652,
                        40,
                        40
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        100,
                        40,
                        40
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-31",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        704,
                        150.0,
                        22.0
                    ],
                    "text": "/link/playing $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-32",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        738.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-33",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        772.0,
                        50,
                        20
                    ],
                    "text": "BEAT",
                    "presentation": 1,
                    "presentation_rect": [
                        80,
                        80,
                        50,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-34",
                    "maxclass": "number",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        700,
                        804.0,
                        50,
                        30
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        80,
                        100,
                        50,
                        30
                    ],
                    "fontsize": 18.0
                }
            },
            {
                "box": {
                    "id": "obj-35",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 3,
                    "patching_rect": [
                        700,
                        846.0,
                        100,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        ""
                    ],
                    "text": "unpack 0. 0 0"
                }
            },
            {
                "box": {
                    "id": "obj-36",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        880.0,
                        200,
                        36
                    ],
                    "text": "/link/beat: beat, bar, beat in bar (from 1)."
                }
            },
            {
                "box": {
                    "id": "obj-37",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        928.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-38",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        962.0,
                        50,
                        20
                    ],
                    "text": "PEERS",
                    "presentation": 1,
                    "presentation_rect": [
                        150,
                        80,
                        50,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-39",
                    "maxclass": "number",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        700,
                        994.0,
                        50,
                        30
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        150,
                        100,
                        50,
                        30
                    ],
                    "fontsize": 18.0
                }
            },
            {
                "box": {
                    "id": "obj-40",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1036.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-41",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        1070.0,
                        60,
                        20
                    ],
                    "text": "BARS OF",
                    "presentation": 1,
                    "presentation_rect": [
                        220,
                        80,
                        60,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-42",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        700,
                        1102.0,
                        50,
                        30
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        220,
                        100,
                        50,
                        30
                    ],
                    "fontsize": 18.0
                }
            },
            {
                "box": {
                    "id": "obj-43",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1144.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-44",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        1178.0,
                        50,
                        20
                    ],
                    "text": "CLICK",
                    "presentation": 1,
                    "presentation_rect": [
                        300,
                        80,
                        50,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-45",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1210.0,
                        40,
                        40
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        300,
                        100,
                        40,
                        40
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-46",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1262.0,
                        150.0,
                        22.0
                    ],
                    "text": "/click/enabled $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-47",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1296.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-48",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        1330.0,
                        100,
                        20
                    ],
                    "text": "CLICK VOLUME",
                    "presentation": 1,
                    "presentation_rect": [
                        360,
                        80,
                        100,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-49",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1362.0,
                        120,
                        20
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        360,
                        105,
                        120,
                        20
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-50",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/click/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-51",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1428.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-52",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        620,
                        120,
                        36
                    ],
                    "text": "track 1"
                }
            },
            {
                "box": {
                    "id": "obj-53",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        668,
                        95,
                        30
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        170,
                        95,
                        30
                    ],
                    "bgcolor": [
                        0.25,
                        0.25,
                        0.25,
                        1.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-54",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        710,
                        90,
                        20
                    ],
                    "text": "1 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        23,
                        175,
                        90,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-55",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        742,
                        24,
                        18
                    ],
                    "text": "R1",
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-56",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        772,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-57",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/record 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-58",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        840.0,
                        24,
                        18
                    ],
                    "text": "R2",
                    "presentation": 1,
                    "presentation_rect": [
                        44,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-59",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        870.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        44,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-60",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        904.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/record 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-61",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        938.0,
                        24,
                        18
                    ],
                    "text": "R4",
                    "presentation": 1,
                    "presentation_rect": [
                        68,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-62",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        968.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        68,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-63",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1002.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/record 4",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-64",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1036.0,
                        24,
                        18
                    ],
                    "text": "R8",
                    "presentation": 1,
                    "presentation_rect": [
                        92,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-65",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1066.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        92,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-66",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1100.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/record 8",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-67",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1134.0,
                        30,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        18,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-68",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1164.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-69",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1198.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-70",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1232.0,
                        30,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        42,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-71",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1262.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        44,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-72",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1296.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-73",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1330.0,
                        30,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        66,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-74",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1360.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        68,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-75",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-76",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1428.0,
                        30,
                        18
                    ],
                    "text": "CLEAR",
                    "presentation": 1,
                    "presentation_rect": [
                        90,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-77",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1458.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        92,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-78",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1492.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-79",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1526.0,
                        40,
                        18
                    ],
                    "text": "MUTE",
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        295,
                        40,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-80",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1556.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        312,
                        24,
                        24
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-81",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1592.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/mute $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-82",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1626.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-83",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1660.0,
                        24,
                        110
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        70,
                        295,
                        24,
                        110
                    ],
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-84",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-85",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1816.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-86",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1850.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-87",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        950,
                        1898.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED"
                }
            },
            {
                "box": {
                    "id": "obj-88",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1932.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.25 0.25 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-89",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1966.0,
                        120,
                        22.0
                    ],
                    "text": "set 1 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-90",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2000.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.95 0.75 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-91",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2034.0,
                        120,
                        22.0
                    ],
                    "text": "set 1 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-92",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2068.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.85 0.2 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-93",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2102.0,
                        120,
                        22.0
                    ],
                    "text": "set 1 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-94",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2136.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.3 0.7 0.3 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-95",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2170.0,
                        120,
                        22.0
                    ],
                    "text": "set 1 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-96",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2204.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.9 0.5 0.15 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-97",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2238.0,
                        120,
                        22.0
                    ],
                    "text": "set 1 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-98",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2272.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.45 0.75 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-99",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2306.0,
                        120,
                        22.0
                    ],
                    "text": "set 1 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-100",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        620,
                        120,
                        36
                    ],
                    "text": "track 2"
                }
            },
            {
                "box": {
                    "id": "obj-101",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        668,
                        95,
                        30
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        170,
                        95,
                        30
                    ],
                    "bgcolor": [
                        0.25,
                        0.25,
                        0.25,
                        1.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-102",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        710,
                        90,
                        20
                    ],
                    "text": "2 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        128,
                        175,
                        90,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-103",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        742,
                        24,
                        18
                    ],
                    "text": "R1",
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-104",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        772,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-105",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/record 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-106",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        840.0,
                        24,
                        18
                    ],
                    "text": "R2",
                    "presentation": 1,
                    "presentation_rect": [
                        149,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-107",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        870.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        149,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-108",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        904.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/record 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-109",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        938.0,
                        24,
                        18
                    ],
                    "text": "R4",
                    "presentation": 1,
                    "presentation_rect": [
                        173,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-110",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        968.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        173,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-111",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1002.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/record 4",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-112",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1036.0,
                        24,
                        18
                    ],
                    "text": "R8",
                    "presentation": 1,
                    "presentation_rect": [
                        197,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-113",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1066.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        197,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-114",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1100.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/record 8",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-115",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1134.0,
                        30,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        123,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-116",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1164.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-117",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1198.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-118",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1232.0,
                        30,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        147,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-119",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1262.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        149,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-120",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1296.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-121",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1330.0,
                        30,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        171,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-122",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1360.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        173,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-123",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-124",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1428.0,
                        30,
                        18
                    ],
                    "text": "CLEAR",
                    "presentation": 1,
                    "presentation_rect": [
                        195,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-125",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1458.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        197,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-126",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1492.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-127",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1526.0,
                        40,
                        18
                    ],
                    "text": "MUTE",
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        295,
                        40,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-128",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1556.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        312,
                        24,
                        24
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-129",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1592.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/mute $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-130",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1626.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-131",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1660.0,
                        24,
                        110
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        175,
                        295,
                        24,
                        110
                    ],
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-132",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-133",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1816.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-134",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1850.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-135",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        1170,
                        1898.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED"
                }
            },
            {
                "box": {
                    "id": "obj-136",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1932.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.25 0.25 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-137",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1966.0,
                        120,
                        22.0
                    ],
                    "text": "set 2 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-138",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2000.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.95 0.75 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-139",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2034.0,
                        120,
                        22.0
                    ],
                    "text": "set 2 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-140",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2068.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.85 0.2 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-141",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2102.0,
                        120,
                        22.0
                    ],
                    "text": "set 2 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-142",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2136.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.3 0.7 0.3 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-143",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2170.0,
                        120,
                        22.0
                    ],
                    "text": "set 2 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-144",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2204.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.9 0.5 0.15 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-145",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2238.0,
                        120,
                        22.0
                    ],
                    "text": "set 2 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-146",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2272.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.45 0.75 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-147",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2306.0,
                        120,
                        22.0
                    ],
                    "text": "set 2 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-148",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        620,
                        120,
                        36
                    ],
                    "text": "track 3"
                }
            },
            {
                "box": {
                    "id": "obj-149",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        668,
                        95,
                        30
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        170,
                        95,
                        30
                    ],
                    "bgcolor": [
                        0.25,
                        0.25,
                        0.25,
                        1.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-150",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        710,
                        90,
                        20
                    ],
                    "text": "3 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        233,
                        175,
                        90,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-151",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        742,
                        24,
                        18
                    ],
                    "text": "R1",
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-152",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        772,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-153",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/record 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-154",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        840.0,
                        24,
                        18
                    ],
                    "text": "R2",
                    "presentation": 1,
                    "presentation_rect": [
                        254,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-155",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        870.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        254,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-156",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        904.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/record 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-157",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        938.0,
                        24,
                        18
                    ],
                    "text": "R4",
                    "presentation": 1,
                    "presentation_rect": [
                        278,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-158",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        968.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        278,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-159",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1002.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/record 4",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-160",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        1036.0,
                        24,
                        18
                    ],
                    "text": "R8",
                    "presentation": 1,
                    "presentation_rect": [
                        302,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-161",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1066.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        302,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-162",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1100.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/record 8",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-163",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        1134.0,
                        30,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        228,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-164",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1164.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-165",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1198.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-166",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        1232.0,
                        30,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        252,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-167",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1262.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        254,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-168",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1296.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-169",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        1330.0,
                        30,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        276,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-170",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1360.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        278,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-171",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-172",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        1428.0,
                        30,
                        18
                    ],
                    "text": "CLEAR",
                    "presentation": 1,
                    "presentation_rect": [
                        300,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-173",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1458.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        302,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-174",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1492.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-175",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        1526.0,
                        40,
                        18
                    ],
                    "text": "MUTE",
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        295,
                        40,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-176",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1556.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        312,
                        24,
                        24
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-177",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1592.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/mute $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-178",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1626.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-179",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1660.0,
                        24,
                        110
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        280,
                        295,
                        24,
                        110
                    ],
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-180",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-181",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1816.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-182",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        1850.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-183",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        1390,
                        1898.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED"
                }
            },
            {
                "box": {
                    "id": "obj-184",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1932.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.25 0.25 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-185",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        1966.0,
                        120,
                        22.0
                    ],
                    "text": "set 3 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-186",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2000.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.95 0.75 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-187",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2034.0,
                        120,
                        22.0
                    ],
                    "text": "set 3 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-188",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2068.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.85 0.2 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-189",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2102.0,
                        120,
                        22.0
                    ],
                    "text": "set 3 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-190",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2136.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.3 0.7 0.3 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-191",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2170.0,
                        120,
                        22.0
                    ],
                    "text": "set 3 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-192",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2204.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.9 0.5 0.15 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-193",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2238.0,
                        120,
                        22.0
                    ],
                    "text": "set 3 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-194",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2272.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.45 0.75 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-195",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2306.0,
                        120,
                        22.0
                    ],
                    "text": "set 3 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-196",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        620,
                        120,
                        36
                    ],
                    "text": "track 4"
                }
            },
            {
                "box": {
                    "id": "obj-197",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        668,
                        95,
                        30
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        170,
                        95,
                        30
                    ],
                    "bgcolor": [
                        0.25,
                        0.25,
                        0.25,
                        1.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-198",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        710,
                        90,
                        20
                    ],
                    "text": "4 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        338,
                        175,
                        90,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-199",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        742,
                        24,
                        18
                    ],
                    "text": "R1",
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-200",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        772,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-201",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/record 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-202",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        840.0,
                        24,
                        18
                    ],
                    "text": "R2",
                    "presentation": 1,
                    "presentation_rect": [
                        359,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-203",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        870.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        359,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-204",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        904.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/record 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-205",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        938.0,
                        24,
                        18
                    ],
                    "text": "R4",
                    "presentation": 1,
                    "presentation_rect": [
                        383,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-206",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        968.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        383,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-207",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1002.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/record 4",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-208",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1036.0,
                        24,
                        18
                    ],
                    "text": "R8",
                    "presentation": 1,
                    "presentation_rect": [
                        407,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-209",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1066.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        407,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-210",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1100.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/record 8",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-211",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1134.0,
                        30,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        333,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-212",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1164.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-213",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1198.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-214",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1232.0,
                        30,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        357,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-215",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1262.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        359,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-216",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1296.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-217",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1330.0,
                        30,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        381,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-218",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1360.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        383,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-219",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-220",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1428.0,
                        30,
                        18
                    ],
                    "text": "CLEAR",
                    "presentation": 1,
                    "presentation_rect": [
                        405,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-221",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1458.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        407,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-222",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1492.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-223",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1526.0,
                        40,
                        18
                    ],
                    "text": "MUTE",
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        295,
                        40,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-224",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1556.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        312,
                        24,
                        24
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-225",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1592.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/mute $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-226",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1626.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-227",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1660.0,
                        24,
                        110
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        385,
                        295,
                        24,
                        110
                    ],
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-228",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-229",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1816.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-230",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1850.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-231",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        1610,
                        1898.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED"
                }
            },
            {
                "box": {
                    "id": "obj-232",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1932.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.25 0.25 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-233",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1966.0,
                        120,
                        22.0
                    ],
                    "text": "set 4 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-234",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2000.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.95 0.75 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-235",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2034.0,
                        120,
                        22.0
                    ],
                    "text": "set 4 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-236",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2068.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.85 0.2 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-237",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2102.0,
                        120,
                        22.0
                    ],
                    "text": "set 4 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-238",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2136.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.3 0.7 0.3 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-239",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2170.0,
                        120,
                        22.0
                    ],
                    "text": "set 4 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-240",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2204.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.9 0.5 0.15 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-241",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2238.0,
                        120,
                        22.0
                    ],
                    "text": "set 4 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-242",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2272.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.45 0.75 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-243",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2306.0,
                        120,
                        22.0
                    ],
                    "text": "set 4 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-244",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        620,
                        120,
                        36
                    ],
                    "text": "track 5"
                }
            },
            {
                "box": {
                    "id": "obj-245",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        668,
                        95,
                        30
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        170,
                        95,
                        30
                    ],
                    "bgcolor": [
                        0.25,
                        0.25,
                        0.25,
                        1.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-246",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        710,
                        90,
                        20
                    ],
                    "text": "5 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        443,
                        175,
                        90,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-247",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        742,
                        24,
                        18
                    ],
                    "text": "R1",
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-248",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        772,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-249",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/record 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-250",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        840.0,
                        24,
                        18
                    ],
                    "text": "R2",
                    "presentation": 1,
                    "presentation_rect": [
                        464,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-251",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        870.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        464,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-252",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        904.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/record 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-253",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        938.0,
                        24,
                        18
                    ],
                    "text": "R4",
                    "presentation": 1,
                    "presentation_rect": [
                        488,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-254",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        968.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        488,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-255",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1002.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/record 4",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-256",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1036.0,
                        24,
                        18
                    ],
                    "text": "R8",
                    "presentation": 1,
                    "presentation_rect": [
                        512,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-257",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1066.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        512,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-258",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1100.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/record 8",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-259",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1134.0,
                        30,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        438,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-260",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1164.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-261",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1198.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-262",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1232.0,
                        30,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        462,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-263",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1262.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        464,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-264",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1296.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-265",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1330.0,
                        30,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        486,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-266",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1360.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        488,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-267",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-268",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1428.0,
                        30,
                        18
                    ],
                    "text": "CLEAR",
                    "presentation": 1,
                    "presentation_rect": [
                        510,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-269",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1458.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        512,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-270",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1492.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-271",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1526.0,
                        40,
                        18
                    ],
                    "text": "MUTE",
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        295,
                        40,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-272",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1556.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        312,
                        24,
                        24
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-273",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1592.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/mute $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-274",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1626.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-275",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1660.0,
                        24,
                        110
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        490,
                        295,
                        24,
                        110
                    ],
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-276",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-277",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1816.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-278",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1850.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-279",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        1830,
                        1898.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED"
                }
            },
            {
                "box": {
                    "id": "obj-280",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1932.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.25 0.25 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-281",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1966.0,
                        120,
                        22.0
                    ],
                    "text": "set 5 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-282",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2000.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.95 0.75 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-283",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2034.0,
                        120,
                        22.0
                    ],
                    "text": "set 5 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-284",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2068.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.85 0.2 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-285",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2102.0,
                        120,
                        22.0
                    ],
                    "text": "set 5 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-286",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2136.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.3 0.7 0.3 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-287",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2170.0,
                        120,
                        22.0
                    ],
                    "text": "set 5 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-288",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2204.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.9 0.5 0.15 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-289",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2238.0,
                        120,
                        22.0
                    ],
                    "text": "set 5 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-290",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2272.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.45 0.75 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-291",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2306.0,
                        120,
                        22.0
                    ],
                    "text": "set 5 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-292",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        620,
                        120,
                        36
                    ],
                    "text": "track 6"
                }
            },
            {
                "box": {
                    "id": "obj-293",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        668,
                        95,
                        30
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        170,
                        95,
                        30
                    ],
                    "bgcolor": [
                        0.25,
                        0.25,
                        0.25,
                        1.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-294",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        710,
                        90,
                        20
                    ],
                    "text": "6 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        548,
                        175,
                        90,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-295",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        742,
                        24,
                        18
                    ],
                    "text": "R1",
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-296",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        772,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-297",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/record 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-298",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        840.0,
                        24,
                        18
                    ],
                    "text": "R2",
                    "presentation": 1,
                    "presentation_rect": [
                        569,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-299",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        870.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        569,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-300",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        904.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/record 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-301",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        938.0,
                        24,
                        18
                    ],
                    "text": "R4",
                    "presentation": 1,
                    "presentation_rect": [
                        593,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-302",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        968.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        593,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-303",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1002.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/record 4",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-304",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        1036.0,
                        24,
                        18
                    ],
                    "text": "R8",
                    "presentation": 1,
                    "presentation_rect": [
                        617,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-305",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1066.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        617,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-306",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1100.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/record 8",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-307",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        1134.0,
                        30,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        543,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-308",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1164.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-309",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1198.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-310",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        1232.0,
                        30,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        567,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-311",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1262.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        569,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-312",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1296.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-313",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        1330.0,
                        30,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        591,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-314",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1360.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        593,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-315",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-316",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        1428.0,
                        30,
                        18
                    ],
                    "text": "CLEAR",
                    "presentation": 1,
                    "presentation_rect": [
                        615,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-317",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1458.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        617,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-318",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1492.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-319",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        1526.0,
                        40,
                        18
                    ],
                    "text": "MUTE",
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        295,
                        40,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-320",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1556.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        312,
                        24,
                        24
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-321",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1592.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/mute $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-322",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1626.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-323",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1660.0,
                        24,
                        110
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        595,
                        295,
                        24,
                        110
                    ],
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-324",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-325",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1816.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-326",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        1850.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-327",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        2050,
                        1898.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED"
                }
            },
            {
                "box": {
                    "id": "obj-328",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1932.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.25 0.25 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-329",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1966.0,
                        120,
                        22.0
                    ],
                    "text": "set 6 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-330",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2000.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.95 0.75 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-331",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2034.0,
                        120,
                        22.0
                    ],
                    "text": "set 6 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-332",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2068.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.85 0.2 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-333",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2102.0,
                        120,
                        22.0
                    ],
                    "text": "set 6 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-334",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2136.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.3 0.7 0.3 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-335",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2170.0,
                        120,
                        22.0
                    ],
                    "text": "set 6 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-336",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2204.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.9 0.5 0.15 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-337",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2238.0,
                        120,
                        22.0
                    ],
                    "text": "set 6 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-338",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2272.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.45 0.75 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-339",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2306.0,
                        120,
                        22.0
                    ],
                    "text": "set 6 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-340",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        620,
                        120,
                        36
                    ],
                    "text": "track 7"
                }
            },
            {
                "box": {
                    "id": "obj-341",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        668,
                        95,
                        30
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        170,
                        95,
                        30
                    ],
                    "bgcolor": [
                        0.25,
                        0.25,
                        0.25,
                        1.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-342",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        710,
                        90,
                        20
                    ],
                    "text": "7 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        653,
                        175,
                        90,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-343",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        742,
                        24,
                        18
                    ],
                    "text": "R1",
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-344",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        772,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-345",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/record 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-346",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        840.0,
                        24,
                        18
                    ],
                    "text": "R2",
                    "presentation": 1,
                    "presentation_rect": [
                        674,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-347",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        870.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        674,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-348",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        904.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/record 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-349",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        938.0,
                        24,
                        18
                    ],
                    "text": "R4",
                    "presentation": 1,
                    "presentation_rect": [
                        698,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-350",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        968.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        698,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-351",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1002.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/record 4",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-352",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1036.0,
                        24,
                        18
                    ],
                    "text": "R8",
                    "presentation": 1,
                    "presentation_rect": [
                        722,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-353",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1066.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        722,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-354",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1100.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/record 8",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-355",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1134.0,
                        30,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        648,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-356",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1164.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-357",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1198.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-358",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1232.0,
                        30,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        672,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-359",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1262.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        674,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-360",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1296.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-361",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1330.0,
                        30,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        696,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-362",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1360.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        698,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-363",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-364",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1428.0,
                        30,
                        18
                    ],
                    "text": "CLEAR",
                    "presentation": 1,
                    "presentation_rect": [
                        720,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-365",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1458.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        722,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-366",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1492.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-367",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1526.0,
                        40,
                        18
                    ],
                    "text": "MUTE",
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        295,
                        40,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-368",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1556.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        312,
                        24,
                        24
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-369",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1592.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/mute $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-370",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1626.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-371",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1660.0,
                        24,
                        110
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        700,
                        295,
                        24,
                        110
                    ],
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-372",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-373",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1816.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-374",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1850.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-375",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        2270,
                        1898.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED"
                }
            },
            {
                "box": {
                    "id": "obj-376",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1932.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.25 0.25 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-377",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1966.0,
                        120,
                        22.0
                    ],
                    "text": "set 7 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-378",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2000.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.95 0.75 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-379",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2034.0,
                        120,
                        22.0
                    ],
                    "text": "set 7 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-380",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2068.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.85 0.2 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-381",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2102.0,
                        120,
                        22.0
                    ],
                    "text": "set 7 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-382",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2136.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.3 0.7 0.3 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-383",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2170.0,
                        120,
                        22.0
                    ],
                    "text": "set 7 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-384",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2204.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.9 0.5 0.15 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-385",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2238.0,
                        120,
                        22.0
                    ],
                    "text": "set 7 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-386",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2272.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.45 0.75 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-387",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2306.0,
                        120,
                        22.0
                    ],
                    "text": "set 7 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-388",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        620,
                        120,
                        36
                    ],
                    "text": "track 8"
                }
            },
            {
                "box": {
                    "id": "obj-389",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        668,
                        95,
                        30
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        170,
                        95,
                        30
                    ],
                    "bgcolor": [
                        0.25,
                        0.25,
                        0.25,
                        1.0
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-390",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        710,
                        90,
                        20
                    ],
                    "text": "8 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        758,
                        175,
                        90,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-391",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        742,
                        24,
                        18
                    ],
                    "text": "R1",
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-392",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        772,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-393",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/record 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-394",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        840.0,
                        24,
                        18
                    ],
                    "text": "R2",
                    "presentation": 1,
                    "presentation_rect": [
                        779,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-395",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        870.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        779,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-396",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        904.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/record 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-397",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        938.0,
                        24,
                        18
                    ],
                    "text": "R4",
                    "presentation": 1,
                    "presentation_rect": [
                        803,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-398",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        968.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        803,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-399",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1002.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/record 4",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-400",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1036.0,
                        24,
                        18
                    ],
                    "text": "R8",
                    "presentation": 1,
                    "presentation_rect": [
                        827,
                        205,
                        24,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-401",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1066.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        827,
                        222,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-402",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1100.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/record 8",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-403",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1134.0,
                        30,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        753,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-404",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1164.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-405",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1198.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-406",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1232.0,
                        30,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        777,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-407",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1262.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        779,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-408",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1296.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-409",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1330.0,
                        30,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        801,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-410",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1360.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        803,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-411",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1394.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-412",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1428.0,
                        30,
                        18
                    ],
                    "text": "CLEAR",
                    "presentation": 1,
                    "presentation_rect": [
                        825,
                        250,
                        30,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-413",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1458.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        827,
                        267,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-414",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1492.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-415",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1526.0,
                        40,
                        18
                    ],
                    "text": "MUTE",
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        295,
                        40,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-416",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1556.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        312,
                        24,
                        24
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-417",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1592.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/mute $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-418",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1626.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-419",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1660.0,
                        24,
                        110
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        805,
                        295,
                        24,
                        110
                    ],
                    "size": 1.0,
                    "floatoutput": 1
                }
            },
            {
                "box": {
                    "id": "obj-420",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/volume $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-421",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1816.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-422",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1850.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-423",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        2490,
                        1898.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED"
                }
            },
            {
                "box": {
                    "id": "obj-424",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1932.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.25 0.25 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-425",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1966.0,
                        120,
                        22.0
                    ],
                    "text": "set 8 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-426",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2000.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.95 0.75 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-427",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2034.0,
                        120,
                        22.0
                    ],
                    "text": "set 8 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-428",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2068.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.85 0.2 0.2 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-429",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2102.0,
                        120,
                        22.0
                    ],
                    "text": "set 8 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-430",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2136.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.3 0.7 0.3 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-431",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2170.0,
                        120,
                        22.0
                    ],
                    "text": "set 8 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-432",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2204.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.9 0.5 0.15 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-433",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2238.0,
                        120,
                        22.0
                    ],
                    "text": "set 8 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-434",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2272.0,
                        120,
                        22.0
                    ],
                    "text": "bgcolor 0.25 0.45 0.75 1.",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-435",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2306.0,
                        120,
                        22.0
                    ],
                    "text": "set 8 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-436",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        620,
                        160,
                        20
                    ],
                    "text": "MIDI PADS (channel 1)",
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        420,
                        160,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-437",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        652,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        565,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-438",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        700,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 36 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-439",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        734.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        60,
                        565,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-440",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        782.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 37 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-441",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        816.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        100,
                        565,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-442",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        864.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 38 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-443",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        898.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        140,
                        565,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-444",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        946.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 39 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-445",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        980.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        525,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-446",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1028.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 40 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-447",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1062.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        60,
                        525,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-448",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 41 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-449",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1144.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        100,
                        525,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-450",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1192.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 42 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-451",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1226.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        140,
                        525,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-452",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1274.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 43 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-453",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1308.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        485,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-454",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1356.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 44 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-455",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1390.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        60,
                        485,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-456",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1438.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 45 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-457",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1472.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        100,
                        485,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-458",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1520.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 46 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-459",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1554.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        140,
                        485,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-460",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1602.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 47 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-461",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1636.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        445,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-462",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1684.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 48 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-463",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1718.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        60,
                        445,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-464",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1766.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 49 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-465",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1800.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        100,
                        445,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-466",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1848.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 50 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-467",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1882.0,
                        36,
                        36
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        140,
                        445,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-468",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1930.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/note 1 51 100 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-469",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        1964.0,
                        40,
                        20
                    ],
                    "text": "CC 1",
                    "presentation": 1,
                    "presentation_rect": [
                        200,
                        420,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-470",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        1996.0,
                        24,
                        150
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        208,
                        445,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-471",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        2158.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/cc 1 1 $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-472",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        2192.0,
                        40,
                        20
                    ],
                    "text": "CC 7",
                    "presentation": 1,
                    "presentation_rect": [
                        240,
                        420,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-473",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        2224.0,
                        24,
                        150
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        248,
                        445,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-474",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        2386.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/cc 1 7 $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-475",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        2420.0,
                        40,
                        20
                    ],
                    "text": "CC 10",
                    "presentation": 1,
                    "presentation_rect": [
                        280,
                        420,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-476",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        2452.0,
                        24,
                        150
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        288,
                        445,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-477",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        2614.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/cc 1 10 $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-478",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        2648.0,
                        40,
                        20
                    ],
                    "text": "CC 11",
                    "presentation": 1,
                    "presentation_rect": [
                        320,
                        420,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-479",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        2680.0,
                        24,
                        150
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        328,
                        445,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-480",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        2842.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/cc 1 11 $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-481",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        2876.0,
                        40,
                        20
                    ],
                    "text": "CC 71",
                    "presentation": 1,
                    "presentation_rect": [
                        360,
                        420,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-482",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        2908.0,
                        24,
                        150
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        368,
                        445,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-483",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3070.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/cc 1 71 $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-484",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        3104.0,
                        40,
                        20
                    ],
                    "text": "CC 72",
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        420,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-485",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3136.0,
                        24,
                        150
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        408,
                        445,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-486",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3298.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/cc 1 72 $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-487",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        3332.0,
                        40,
                        20
                    ],
                    "text": "CC 73",
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        420,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-488",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3364.0,
                        24,
                        150
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        448,
                        445,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-489",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3526.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/cc 1 73 $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-490",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        3560.0,
                        40,
                        20
                    ],
                    "text": "CC 74",
                    "presentation": 1,
                    "presentation_rect": [
                        480,
                        420,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-491",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3592.0,
                        24,
                        150
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        488,
                        445,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-492",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3754.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/cc 1 74 $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-493",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        3788.0,
                        60,
                        20
                    ],
                    "text": "CLOCK",
                    "presentation": 1,
                    "presentation_rect": [
                        540,
                        420,
                        60,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-494",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3820.0,
                        40,
                        40
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        540,
                        445,
                        40,
                        40
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-495",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3872.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/clock $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-496",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3906.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set"
                }
            },
            {
                "box": {
                    "id": "obj-497",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        3940.0,
                        60,
                        20
                    ],
                    "text": "PANIC",
                    "presentation": 1,
                    "presentation_rect": [
                        540,
                        500,
                        60,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-498",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        3972.0,
                        40,
                        40
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        540,
                        520,
                        40,
                        40
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-499",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2710,
                        4024.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midi/panic",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-500",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2710,
                        4058.0,
                        360,
                        40
                    ],
                    "text": "oscserver: sends to 127.0.0.1:8000, listens on 9001. Unlock (cmd-E) and switch to patching mode (alt-cmd-E) to see the wiring.",
                    "presentation": 1,
                    "presentation_rect": [
                        500,
                        15,
                        360,
                        40
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-501",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        30,
                        1100,
                        330,
                        36
                    ],
                    "text": "A renewal brings no state: /subscribed port instance naming a server instance not seen before (the patch's start, or a restarted server) asks for all of it."
                }
            },
            {
                "box": {
                    "id": "obj-502",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 2,
                    "patching_rect": [
                        30,
                        1148,
                        80,
                        22.0
                    ],
                    "outlettype": [
                        "inactive",
                        "inactive"
                    ],
                    "text": "zl change"
                }
            },
            {
                "box": {
                    "id": "obj-503",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        30,
                        1182.0,
                        40,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "t b"
                }
            },
            {
                "box": {
                    "id": "obj-504",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        30,
                        1216.0,
                        120,
                        22.0
                    ],
                    "text": "/dump 9001",
                    "outlettype": [
                        ""
                    ]
                }
            }
        ],
        "lines": [
            {
                "patchline": {
                    "source": [
                        "obj-4",
                        0
                    ],
                    "destination": [
                        "obj-5",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-5",
                        0
                    ],
                    "destination": [
                        "obj-6",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-6",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-8",
                        0
                    ],
                    "destination": [
                        "obj-10",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-12",
                        0
                    ],
                    "destination": [
                        "obj-14",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-14",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-13",
                        0
                    ],
                    "destination": [
                        "obj-15",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-15",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        0
                    ],
                    "destination": [
                        "obj-16",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-16",
                        0
                    ],
                    "destination": [
                        "obj-12",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        0
                    ],
                    "destination": [
                        "obj-17",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-17",
                        0
                    ],
                    "destination": [
                        "obj-13",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-20",
                        0
                    ],
                    "destination": [
                        "obj-23",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        0
                    ],
                    "destination": [
                        "obj-23",
                        1
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-23",
                        0
                    ],
                    "destination": [
                        "obj-24",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-24",
                        0
                    ],
                    "destination": [
                        "obj-25",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-25",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-21",
                        0
                    ],
                    "destination": [
                        "obj-26",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        0
                    ],
                    "destination": [
                        "obj-26",
                        1
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-26",
                        0
                    ],
                    "destination": [
                        "obj-27",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-27",
                        0
                    ],
                    "destination": [
                        "obj-28",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-28",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-30",
                        0
                    ],
                    "destination": [
                        "obj-31",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-31",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        1
                    ],
                    "destination": [
                        "obj-32",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-32",
                        0
                    ],
                    "destination": [
                        "obj-30",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        2
                    ],
                    "destination": [
                        "obj-35",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-35",
                        2
                    ],
                    "destination": [
                        "obj-37",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-37",
                        0
                    ],
                    "destination": [
                        "obj-34",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        3
                    ],
                    "destination": [
                        "obj-40",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-40",
                        0
                    ],
                    "destination": [
                        "obj-39",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        4
                    ],
                    "destination": [
                        "obj-43",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-43",
                        0
                    ],
                    "destination": [
                        "obj-42",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-45",
                        0
                    ],
                    "destination": [
                        "obj-46",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-46",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        5
                    ],
                    "destination": [
                        "obj-47",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-47",
                        0
                    ],
                    "destination": [
                        "obj-45",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-49",
                        0
                    ],
                    "destination": [
                        "obj-50",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-50",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        6
                    ],
                    "destination": [
                        "obj-51",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-51",
                        0
                    ],
                    "destination": [
                        "obj-49",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-56",
                        0
                    ],
                    "destination": [
                        "obj-57",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-57",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-59",
                        0
                    ],
                    "destination": [
                        "obj-60",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-60",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-62",
                        0
                    ],
                    "destination": [
                        "obj-63",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-63",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-65",
                        0
                    ],
                    "destination": [
                        "obj-66",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-66",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-68",
                        0
                    ],
                    "destination": [
                        "obj-69",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-69",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-71",
                        0
                    ],
                    "destination": [
                        "obj-72",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-72",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-74",
                        0
                    ],
                    "destination": [
                        "obj-75",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-75",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-77",
                        0
                    ],
                    "destination": [
                        "obj-78",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-78",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-80",
                        0
                    ],
                    "destination": [
                        "obj-81",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-81",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        10
                    ],
                    "destination": [
                        "obj-82",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-82",
                        0
                    ],
                    "destination": [
                        "obj-80",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-83",
                        0
                    ],
                    "destination": [
                        "obj-84",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-84",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        9
                    ],
                    "destination": [
                        "obj-85",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-85",
                        0
                    ],
                    "destination": [
                        "obj-83",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        8
                    ],
                    "destination": [
                        "obj-87",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        0
                    ],
                    "destination": [
                        "obj-88",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-88",
                        0
                    ],
                    "destination": [
                        "obj-53",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        0
                    ],
                    "destination": [
                        "obj-89",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-89",
                        0
                    ],
                    "destination": [
                        "obj-54",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        1
                    ],
                    "destination": [
                        "obj-90",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-90",
                        0
                    ],
                    "destination": [
                        "obj-53",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        1
                    ],
                    "destination": [
                        "obj-91",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-91",
                        0
                    ],
                    "destination": [
                        "obj-54",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        2
                    ],
                    "destination": [
                        "obj-92",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-92",
                        0
                    ],
                    "destination": [
                        "obj-53",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        2
                    ],
                    "destination": [
                        "obj-93",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-93",
                        0
                    ],
                    "destination": [
                        "obj-54",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        3
                    ],
                    "destination": [
                        "obj-94",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-94",
                        0
                    ],
                    "destination": [
                        "obj-53",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        3
                    ],
                    "destination": [
                        "obj-95",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-95",
                        0
                    ],
                    "destination": [
                        "obj-54",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        4
                    ],
                    "destination": [
                        "obj-96",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-96",
                        0
                    ],
                    "destination": [
                        "obj-53",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        4
                    ],
                    "destination": [
                        "obj-97",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-97",
                        0
                    ],
                    "destination": [
                        "obj-54",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        5
                    ],
                    "destination": [
                        "obj-98",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-98",
                        0
                    ],
                    "destination": [
                        "obj-53",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-87",
                        5
                    ],
                    "destination": [
                        "obj-99",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-99",
                        0
                    ],
                    "destination": [
                        "obj-54",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-104",
                        0
                    ],
                    "destination": [
                        "obj-105",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-105",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-107",
                        0
                    ],
                    "destination": [
                        "obj-108",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-108",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-110",
                        0
                    ],
                    "destination": [
                        "obj-111",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-111",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-113",
                        0
                    ],
                    "destination": [
                        "obj-114",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-114",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-116",
                        0
                    ],
                    "destination": [
                        "obj-117",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-117",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-119",
                        0
                    ],
                    "destination": [
                        "obj-120",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-120",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-122",
                        0
                    ],
                    "destination": [
                        "obj-123",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-123",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-125",
                        0
                    ],
                    "destination": [
                        "obj-126",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-126",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-128",
                        0
                    ],
                    "destination": [
                        "obj-129",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-129",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        13
                    ],
                    "destination": [
                        "obj-130",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-130",
                        0
                    ],
                    "destination": [
                        "obj-128",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-131",
                        0
                    ],
                    "destination": [
                        "obj-132",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        12
                    ],
                    "destination": [
                        "obj-133",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-133",
                        0
                    ],
                    "destination": [
                        "obj-131",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        11
                    ],
                    "destination": [
                        "obj-135",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        0
                    ],
                    "destination": [
                        "obj-136",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-136",
                        0
                    ],
                    "destination": [
                        "obj-101",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        0
                    ],
                    "destination": [
                        "obj-137",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-137",
                        0
                    ],
                    "destination": [
                        "obj-102",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        1
                    ],
                    "destination": [
                        "obj-138",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-138",
                        0
                    ],
                    "destination": [
                        "obj-101",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        1
                    ],
                    "destination": [
                        "obj-139",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-139",
                        0
                    ],
                    "destination": [
                        "obj-102",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        2
                    ],
                    "destination": [
                        "obj-140",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-140",
                        0
                    ],
                    "destination": [
                        "obj-101",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        2
                    ],
                    "destination": [
                        "obj-141",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-141",
                        0
                    ],
                    "destination": [
                        "obj-102",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        3
                    ],
                    "destination": [
                        "obj-142",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-142",
                        0
                    ],
                    "destination": [
                        "obj-101",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        3
                    ],
                    "destination": [
                        "obj-143",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-143",
                        0
                    ],
                    "destination": [
                        "obj-102",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        4
                    ],
                    "destination": [
                        "obj-144",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-144",
                        0
                    ],
                    "destination": [
                        "obj-101",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        4
                    ],
                    "destination": [
                        "obj-145",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-145",
                        0
                    ],
                    "destination": [
                        "obj-102",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        5
                    ],
                    "destination": [
                        "obj-146",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-146",
                        0
                    ],
                    "destination": [
                        "obj-101",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-135",
                        5
                    ],
                    "destination": [
                        "obj-147",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-147",
                        0
                    ],
                    "destination": [
                        "obj-102",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-152",
                        0
                    ],
                    "destination": [
                        "obj-153",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-153",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-155",
                        0
                    ],
                    "destination": [
                        "obj-156",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-156",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-158",
                        0
                    ],
                    "destination": [
                        "obj-159",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-159",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-161",
                        0
                    ],
                    "destination": [
                        "obj-162",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-162",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-164",
                        0
                    ],
                    "destination": [
                        "obj-165",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-165",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-167",
                        0
                    ],
                    "destination": [
                        "obj-168",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-168",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-170",
                        0
                    ],
                    "destination": [
                        "obj-171",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-171",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-173",
                        0
                    ],
                    "destination": [
                        "obj-174",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-174",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-176",
                        0
                    ],
                    "destination": [
                        "obj-177",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-177",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        16
                    ],
                    "destination": [
                        "obj-178",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-178",
                        0
                    ],
                    "destination": [
                        "obj-176",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-179",
                        0
                    ],
                    "destination": [
                        "obj-180",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-180",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        15
                    ],
                    "destination": [
                        "obj-181",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-181",
                        0
                    ],
                    "destination": [
                        "obj-179",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        14
                    ],
                    "destination": [
                        "obj-183",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        0
                    ],
                    "destination": [
                        "obj-184",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-184",
                        0
                    ],
                    "destination": [
                        "obj-149",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        0
                    ],
                    "destination": [
                        "obj-185",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-185",
                        0
                    ],
                    "destination": [
                        "obj-150",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        1
                    ],
                    "destination": [
                        "obj-186",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-186",
                        0
                    ],
                    "destination": [
                        "obj-149",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        1
                    ],
                    "destination": [
                        "obj-187",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-187",
                        0
                    ],
                    "destination": [
                        "obj-150",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        2
                    ],
                    "destination": [
                        "obj-188",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-188",
                        0
                    ],
                    "destination": [
                        "obj-149",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        2
                    ],
                    "destination": [
                        "obj-189",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-189",
                        0
                    ],
                    "destination": [
                        "obj-150",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        3
                    ],
                    "destination": [
                        "obj-190",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-190",
                        0
                    ],
                    "destination": [
                        "obj-149",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        3
                    ],
                    "destination": [
                        "obj-191",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-191",
                        0
                    ],
                    "destination": [
                        "obj-150",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        4
                    ],
                    "destination": [
                        "obj-192",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-192",
                        0
                    ],
                    "destination": [
                        "obj-149",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        4
                    ],
                    "destination": [
                        "obj-193",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-193",
                        0
                    ],
                    "destination": [
                        "obj-150",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        5
                    ],
                    "destination": [
                        "obj-194",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-194",
                        0
                    ],
                    "destination": [
                        "obj-149",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-183",
                        5
                    ],
                    "destination": [
                        "obj-195",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-195",
                        0
                    ],
                    "destination": [
                        "obj-150",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-200",
                        0
                    ],
                    "destination": [
                        "obj-201",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-201",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-203",
                        0
                    ],
                    "destination": [
                        "obj-204",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-204",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-206",
                        0
                    ],
                    "destination": [
                        "obj-207",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-207",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-209",
                        0
                    ],
                    "destination": [
                        "obj-210",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-210",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-212",
                        0
                    ],
                    "destination": [
                        "obj-213",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-213",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-215",
                        0
                    ],
                    "destination": [
                        "obj-216",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-216",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-218",
                        0
                    ],
                    "destination": [
                        "obj-219",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-219",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-221",
                        0
                    ],
                    "destination": [
                        "obj-222",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-222",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-224",
                        0
                    ],
                    "destination": [
                        "obj-225",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-225",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        19
                    ],
                    "destination": [
                        "obj-226",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-226",
                        0
                    ],
                    "destination": [
                        "obj-224",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-227",
                        0
                    ],
                    "destination": [
                        "obj-228",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-228",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        18
                    ],
                    "destination": [
                        "obj-229",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-229",
                        0
                    ],
                    "destination": [
                        "obj-227",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        17
                    ],
                    "destination": [
                        "obj-231",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        0
                    ],
                    "destination": [
                        "obj-232",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-232",
                        0
                    ],
                    "destination": [
                        "obj-197",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        0
                    ],
                    "destination": [
                        "obj-233",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-233",
                        0
                    ],
                    "destination": [
                        "obj-198",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        1
                    ],
                    "destination": [
                        "obj-234",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-234",
                        0
                    ],
                    "destination": [
                        "obj-197",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        1
                    ],
                    "destination": [
                        "obj-235",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-235",
                        0
                    ],
                    "destination": [
                        "obj-198",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        2
                    ],
                    "destination": [
                        "obj-236",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-236",
                        0
                    ],
                    "destination": [
                        "obj-197",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        2
                    ],
                    "destination": [
                        "obj-237",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-237",
                        0
                    ],
                    "destination": [
                        "obj-198",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        3
                    ],
                    "destination": [
                        "obj-238",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-238",
                        0
                    ],
                    "destination": [
                        "obj-197",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        3
                    ],
                    "destination": [
                        "obj-239",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-239",
                        0
                    ],
                    "destination": [
                        "obj-198",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        4
                    ],
                    "destination": [
                        "obj-240",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-240",
                        0
                    ],
                    "destination": [
                        "obj-197",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        4
                    ],
                    "destination": [
                        "obj-241",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-241",
                        0
                    ],
                    "destination": [
                        "obj-198",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        5
                    ],
                    "destination": [
                        "obj-242",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-242",
                        0
                    ],
                    "destination": [
                        "obj-197",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-231",
                        5
                    ],
                    "destination": [
                        "obj-243",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-243",
                        0
                    ],
                    "destination": [
                        "obj-198",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-248",
                        0
                    ],
                    "destination": [
                        "obj-249",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-249",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-251",
                        0
                    ],
                    "destination": [
                        "obj-252",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-252",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-254",
                        0
                    ],
                    "destination": [
                        "obj-255",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-255",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-257",
                        0
                    ],
                    "destination": [
                        "obj-258",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-258",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-260",
                        0
                    ],
                    "destination": [
                        "obj-261",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-261",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-263",
                        0
                    ],
                    "destination": [
                        "obj-264",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-264",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-266",
                        0
                    ],
                    "destination": [
                        "obj-267",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-267",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-269",
                        0
                    ],
                    "destination": [
                        "obj-270",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-270",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-272",
                        0
                    ],
                    "destination": [
                        "obj-273",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-273",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        22
                    ],
                    "destination": [
                        "obj-274",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-274",
                        0
                    ],
                    "destination": [
                        "obj-272",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-275",
                        0
                    ],
                    "destination": [
                        "obj-276",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-276",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        21
                    ],
                    "destination": [
                        "obj-277",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-277",
                        0
                    ],
                    "destination": [
                        "obj-275",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        20
                    ],
                    "destination": [
                        "obj-279",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        0
                    ],
                    "destination": [
                        "obj-280",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-280",
                        0
                    ],
                    "destination": [
                        "obj-245",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        0
                    ],
                    "destination": [
                        "obj-281",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-281",
                        0
                    ],
                    "destination": [
                        "obj-246",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        1
                    ],
                    "destination": [
                        "obj-282",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-282",
                        0
                    ],
                    "destination": [
                        "obj-245",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        1
                    ],
                    "destination": [
                        "obj-283",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-283",
                        0
                    ],
                    "destination": [
                        "obj-246",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        2
                    ],
                    "destination": [
                        "obj-284",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-284",
                        0
                    ],
                    "destination": [
                        "obj-245",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        2
                    ],
                    "destination": [
                        "obj-285",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-285",
                        0
                    ],
                    "destination": [
                        "obj-246",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        3
                    ],
                    "destination": [
                        "obj-286",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        0
                    ],
                    "destination": [
                        "obj-245",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        3
                    ],
                    "destination": [
                        "obj-287",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-287",
                        0
                    ],
                    "destination": [
                        "obj-246",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        4
                    ],
                    "destination": [
                        "obj-288",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-288",
                        0
                    ],
                    "destination": [
                        "obj-245",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        4
                    ],
                    "destination": [
                        "obj-289",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-289",
                        0
                    ],
                    "destination": [
                        "obj-246",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        5
                    ],
                    "destination": [
                        "obj-290",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-290",
                        0
                    ],
                    "destination": [
                        "obj-245",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-279",
                        5
                    ],
                    "destination": [
                        "obj-291",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-291",
                        0
                    ],
                    "destination": [
                        "obj-246",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-296",
                        0
                    ],
                    "destination": [
                        "obj-297",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-297",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-299",
                        0
                    ],
                    "destination": [
                        "obj-300",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-300",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-302",
                        0
                    ],
                    "destination": [
                        "obj-303",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-303",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-305",
                        0
                    ],
                    "destination": [
                        "obj-306",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-306",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-308",
                        0
                    ],
                    "destination": [
                        "obj-309",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-309",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-311",
                        0
                    ],
                    "destination": [
                        "obj-312",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-312",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-314",
                        0
                    ],
                    "destination": [
                        "obj-315",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-315",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-317",
                        0
                    ],
                    "destination": [
                        "obj-318",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-318",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-320",
                        0
                    ],
                    "destination": [
                        "obj-321",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-321",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        25
                    ],
                    "destination": [
                        "obj-322",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-322",
                        0
                    ],
                    "destination": [
                        "obj-320",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-323",
                        0
                    ],
                    "destination": [
                        "obj-324",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-324",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        24
                    ],
                    "destination": [
                        "obj-325",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-325",
                        0
                    ],
                    "destination": [
                        "obj-323",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        23
                    ],
                    "destination": [
                        "obj-327",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        0
                    ],
                    "destination": [
                        "obj-328",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-328",
                        0
                    ],
                    "destination": [
                        "obj-293",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        0
                    ],
                    "destination": [
                        "obj-329",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-329",
                        0
                    ],
                    "destination": [
                        "obj-294",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        1
                    ],
                    "destination": [
                        "obj-330",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-330",
                        0
                    ],
                    "destination": [
                        "obj-293",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        1
                    ],
                    "destination": [
                        "obj-331",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-331",
                        0
                    ],
                    "destination": [
                        "obj-294",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        2
                    ],
                    "destination": [
                        "obj-332",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-332",
                        0
                    ],
                    "destination": [
                        "obj-293",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        2
                    ],
                    "destination": [
                        "obj-333",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-333",
                        0
                    ],
                    "destination": [
                        "obj-294",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        3
                    ],
                    "destination": [
                        "obj-334",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-334",
                        0
                    ],
                    "destination": [
                        "obj-293",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        3
                    ],
                    "destination": [
                        "obj-335",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-335",
                        0
                    ],
                    "destination": [
                        "obj-294",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        4
                    ],
                    "destination": [
                        "obj-336",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-336",
                        0
                    ],
                    "destination": [
                        "obj-293",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        4
                    ],
                    "destination": [
                        "obj-337",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-337",
                        0
                    ],
                    "destination": [
                        "obj-294",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        5
                    ],
                    "destination": [
                        "obj-338",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-338",
                        0
                    ],
                    "destination": [
                        "obj-293",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-327",
                        5
                    ],
                    "destination": [
                        "obj-339",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-339",
                        0
                    ],
                    "destination": [
                        "obj-294",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-344",
                        0
                    ],
                    "destination": [
                        "obj-345",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-345",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-347",
                        0
                    ],
                    "destination": [
                        "obj-348",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-348",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-350",
                        0
                    ],
                    "destination": [
                        "obj-351",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-351",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-353",
                        0
                    ],
                    "destination": [
                        "obj-354",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-354",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-356",
                        0
                    ],
                    "destination": [
                        "obj-357",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-357",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-359",
                        0
                    ],
                    "destination": [
                        "obj-360",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-360",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-362",
                        0
                    ],
                    "destination": [
                        "obj-363",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-365",
                        0
                    ],
                    "destination": [
                        "obj-366",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-366",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-368",
                        0
                    ],
                    "destination": [
                        "obj-369",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-369",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        28
                    ],
                    "destination": [
                        "obj-370",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-370",
                        0
                    ],
                    "destination": [
                        "obj-368",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-371",
                        0
                    ],
                    "destination": [
                        "obj-372",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-372",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        27
                    ],
                    "destination": [
                        "obj-373",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-373",
                        0
                    ],
                    "destination": [
                        "obj-371",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        26
                    ],
                    "destination": [
                        "obj-375",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        0
                    ],
                    "destination": [
                        "obj-376",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-376",
                        0
                    ],
                    "destination": [
                        "obj-341",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        0
                    ],
                    "destination": [
                        "obj-377",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-377",
                        0
                    ],
                    "destination": [
                        "obj-342",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        1
                    ],
                    "destination": [
                        "obj-378",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-378",
                        0
                    ],
                    "destination": [
                        "obj-341",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        1
                    ],
                    "destination": [
                        "obj-379",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-379",
                        0
                    ],
                    "destination": [
                        "obj-342",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        2
                    ],
                    "destination": [
                        "obj-380",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-380",
                        0
                    ],
                    "destination": [
                        "obj-341",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        2
                    ],
                    "destination": [
                        "obj-381",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-381",
                        0
                    ],
                    "destination": [
                        "obj-342",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        3
                    ],
                    "destination": [
                        "obj-382",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-382",
                        0
                    ],
                    "destination": [
                        "obj-341",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        3
                    ],
                    "destination": [
                        "obj-383",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-383",
                        0
                    ],
                    "destination": [
                        "obj-342",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        4
                    ],
                    "destination": [
                        "obj-384",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-384",
                        0
                    ],
                    "destination": [
                        "obj-341",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        4
                    ],
                    "destination": [
                        "obj-385",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-385",
                        0
                    ],
                    "destination": [
                        "obj-342",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        5
                    ],
                    "destination": [
                        "obj-386",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-386",
                        0
                    ],
                    "destination": [
                        "obj-341",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-375",
                        5
                    ],
                    "destination": [
                        "obj-387",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-387",
                        0
                    ],
                    "destination": [
                        "obj-342",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-392",
                        0
                    ],
                    "destination": [
                        "obj-393",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-393",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-395",
                        0
                    ],
                    "destination": [
                        "obj-396",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-396",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-398",
                        0
                    ],
                    "destination": [
                        "obj-399",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-399",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-401",
                        0
                    ],
                    "destination": [
                        "obj-402",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-402",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-404",
                        0
                    ],
                    "destination": [
                        "obj-405",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-405",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-407",
                        0
                    ],
                    "destination": [
                        "obj-408",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-408",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-410",
                        0
                    ],
                    "destination": [
                        "obj-411",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-411",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-413",
                        0
                    ],
                    "destination": [
                        "obj-414",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-414",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-416",
                        0
                    ],
                    "destination": [
                        "obj-417",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-417",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        31
                    ],
                    "destination": [
                        "obj-418",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-418",
                        0
                    ],
                    "destination": [
                        "obj-416",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-419",
                        0
                    ],
                    "destination": [
                        "obj-420",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-420",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        30
                    ],
                    "destination": [
                        "obj-421",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-421",
                        0
                    ],
                    "destination": [
                        "obj-419",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        29
                    ],
                    "destination": [
                        "obj-423",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        0
                    ],
                    "destination": [
                        "obj-424",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-424",
                        0
                    ],
                    "destination": [
                        "obj-389",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        0
                    ],
                    "destination": [
                        "obj-425",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-425",
                        0
                    ],
                    "destination": [
                        "obj-390",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        1
                    ],
                    "destination": [
                        "obj-426",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-426",
                        0
                    ],
                    "destination": [
                        "obj-389",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        1
                    ],
                    "destination": [
                        "obj-427",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-427",
                        0
                    ],
                    "destination": [
                        "obj-390",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        2
                    ],
                    "destination": [
                        "obj-428",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-428",
                        0
                    ],
                    "destination": [
                        "obj-389",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        2
                    ],
                    "destination": [
                        "obj-429",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-429",
                        0
                    ],
                    "destination": [
                        "obj-390",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        3
                    ],
                    "destination": [
                        "obj-430",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-430",
                        0
                    ],
                    "destination": [
                        "obj-389",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        3
                    ],
                    "destination": [
                        "obj-431",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-431",
                        0
                    ],
                    "destination": [
                        "obj-390",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        4
                    ],
                    "destination": [
                        "obj-432",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-432",
                        0
                    ],
                    "destination": [
                        "obj-389",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        4
                    ],
                    "destination": [
                        "obj-433",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-433",
                        0
                    ],
                    "destination": [
                        "obj-390",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        5
                    ],
                    "destination": [
                        "obj-434",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-434",
                        0
                    ],
                    "destination": [
                        "obj-389",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-423",
                        5
                    ],
                    "destination": [
                        "obj-435",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-435",
                        0
                    ],
                    "destination": [
                        "obj-390",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-437",
                        0
                    ],
                    "destination": [
                        "obj-438",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-438",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-439",
                        0
                    ],
                    "destination": [
                        "obj-440",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-441",
                        0
                    ],
                    "destination": [
                        "obj-442",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-442",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-443",
                        0
                    ],
                    "destination": [
                        "obj-444",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-444",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-445",
                        0
                    ],
                    "destination": [
                        "obj-446",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-446",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-447",
                        0
                    ],
                    "destination": [
                        "obj-448",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-448",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-449",
                        0
                    ],
                    "destination": [
                        "obj-450",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-450",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-451",
                        0
                    ],
                    "destination": [
                        "obj-452",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-452",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-453",
                        0
                    ],
                    "destination": [
                        "obj-454",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-454",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-455",
                        0
                    ],
                    "destination": [
                        "obj-456",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-456",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-457",
                        0
                    ],
                    "destination": [
                        "obj-458",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-458",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-459",
                        0
                    ],
                    "destination": [
                        "obj-460",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-460",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-461",
                        0
                    ],
                    "destination": [
                        "obj-462",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-462",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-463",
                        0
                    ],
                    "destination": [
                        "obj-464",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-464",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-465",
                        0
                    ],
                    "destination": [
                        "obj-466",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-466",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-467",
                        0
                    ],
                    "destination": [
                        "obj-468",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-468",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-470",
                        0
                    ],
                    "destination": [
                        "obj-471",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-471",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-473",
                        0
                    ],
                    "destination": [
                        "obj-474",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-474",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-476",
                        0
                    ],
                    "destination": [
                        "obj-477",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-477",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-479",
                        0
                    ],
                    "destination": [
                        "obj-480",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-480",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-482",
                        0
                    ],
                    "destination": [
                        "obj-483",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-483",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-485",
                        0
                    ],
                    "destination": [
                        "obj-486",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-486",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-488",
                        0
                    ],
                    "destination": [
                        "obj-489",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-489",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-491",
                        0
                    ],
                    "destination": [
                        "obj-492",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-492",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-494",
                        0
                    ],
                    "destination": [
                        "obj-495",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-495",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        7
                    ],
                    "destination": [
                        "obj-496",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-496",
                        0
                    ],
                    "destination": [
                        "obj-494",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-498",
                        0
                    ],
                    "destination": [
                        "obj-499",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-499",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        32
                    ],
                    "destination": [
                        "obj-502",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-502",
                        0
                    ],
                    "destination": [
                        "obj-503",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-503",
                        0
                    ],
                    "destination": [
                        "obj-504",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-504",
                        0
                    ],
                    "destination": [
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            }
        ],
        "dependency_cache": [],
        "autosave": 0
    }
}