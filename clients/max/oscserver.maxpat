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
            1010.0
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
                    "numinlets": 72,
                    "numoutlets": 72,
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
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route /link/tempo /link/playing /link/beat /link/peers /link/quantum /click/enabled /click/volume /midi/clock /audio/ok /midi/ok /looper/1/state /looper/1/volume /looper/1/mute /looper/1/overdub /looper/1/reverse /looper/1/position /looper/2/state /looper/2/volume /looper/2/mute /looper/2/overdub /looper/2/reverse /looper/2/position /looper/3/state /looper/3/volume /looper/3/mute /looper/3/overdub /looper/3/reverse /looper/3/position /looper/4/state /looper/4/volume /looper/4/mute /looper/4/overdub /looper/4/reverse /looper/4/position /looper/5/state /looper/5/volume /looper/5/mute /looper/5/overdub /looper/5/reverse /looper/5/position /looper/6/state /looper/6/volume /looper/6/mute /looper/6/overdub /looper/6/reverse /looper/6/position /looper/7/state /looper/7/volume /looper/7/mute /looper/7/overdub /looper/7/reverse /looper/7/position /looper/8/state /looper/8/volume /looper/8/mute /looper/8/overdub /looper/8/reverse /looper/8/position /midiloop/1/state /midiloop/1/quantize /midiloop/1/output /midiloop/2/state /midiloop/2/quantize /midiloop/2/output /midiloop/3/state /midiloop/3/quantize /midiloop/3/output /midiloop/4/state /midiloop/4/quantize /midiloop/4/output /subscribed"
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
                        450,
                        1264.0,
                        40,
                        20
                    ],
                    "text": "TAP",
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        15,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-30",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        450,
                        1296.0,
                        30,
                        30
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        35,
                        30,
                        30
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
                        450,
                        1338.0,
                        150.0,
                        22.0
                    ],
                    "text": "/link/tap",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-32",
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
                    "id": "obj-33",
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
                    "id": "obj-34",
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
                    "id": "obj-35",
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
                    "id": "obj-36",
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
                    "id": "obj-37",
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
                    "id": "obj-38",
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
                    "id": "obj-39",
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
                    "id": "obj-40",
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
                    "id": "obj-41",
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
                    "id": "obj-42",
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
                    "id": "obj-43",
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
                    "id": "obj-44",
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
                    "id": "obj-45",
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
                    "id": "obj-46",
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
                    "id": "obj-47",
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
                    "id": "obj-48",
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
                    "id": "obj-49",
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
                    "id": "obj-50",
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
                    "id": "obj-51",
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
                    "id": "obj-52",
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
                    "id": "obj-53",
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
                    "id": "obj-54",
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
                    "id": "obj-55",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        1462.0,
                        200,
                        36
                    ],
                    "text": "/audio/ok and /midi/ok: 1 or 0, then the device or why it is down."
                }
            },
            {
                "box": {
                    "id": "obj-56",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        1510.0,
                        50,
                        20
                    ],
                    "text": "AUDIO",
                    "presentation": 1,
                    "presentation_rect": [
                        500,
                        80,
                        50,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-57",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1542.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        500,
                        100,
                        24,
                        24
                    ],
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-58",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        1578.0,
                        140,
                        36
                    ],
                    "text": "",
                    "presentation": 1,
                    "presentation_rect": [
                        530,
                        100,
                        140,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-59",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        700,
                        1626.0,
                        80,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "unpack 0 s"
                }
            },
            {
                "box": {
                    "id": "obj-60",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1660.0,
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
                    "id": "obj-61",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1694.0,
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
                    "id": "obj-62",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        1728.0,
                        50,
                        20
                    ],
                    "text": "MIDI",
                    "presentation": 1,
                    "presentation_rect": [
                        680,
                        80,
                        50,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-63",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1760.0,
                        24,
                        24
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        680,
                        100,
                        24,
                        24
                    ],
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-64",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        700,
                        1796.0,
                        140,
                        36
                    ],
                    "text": "",
                    "presentation": 1,
                    "presentation_rect": [
                        710,
                        100,
                        140,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-65",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        700,
                        1844.0,
                        80,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "unpack 0 s"
                }
            },
            {
                "box": {
                    "id": "obj-66",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1878.0,
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
                    "id": "obj-67",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        700,
                        1912.0,
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
                    "id": "obj-68",
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
                    "id": "obj-69",
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
                    "id": "obj-70",
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
                    "id": "obj-71",
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
                    "id": "obj-72",
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
                    "id": "obj-73",
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
                    "id": "obj-74",
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
                    "id": "obj-75",
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
                    "id": "obj-76",
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
                    "id": "obj-77",
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
                    "id": "obj-78",
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
                    "id": "obj-79",
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
                    "id": "obj-80",
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
                    "id": "obj-81",
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
                    "id": "obj-82",
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
                    "id": "obj-83",
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
                    "id": "obj-84",
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
                    "id": "obj-85",
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
                    "id": "obj-86",
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
                    "id": "obj-87",
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
                    "id": "obj-88",
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
                    "id": "obj-89",
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
                    "id": "obj-90",
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
                    "id": "obj-91",
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
                    "id": "obj-92",
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
                    "id": "obj-93",
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
                    "id": "obj-94",
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
                    "id": "obj-95",
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
                    "id": "obj-96",
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
                    "id": "obj-97",
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
                    "id": "obj-98",
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
                    "id": "obj-99",
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
                    "id": "obj-100",
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
                    "id": "obj-101",
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
                    "id": "obj-102",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1850.0,
                        34,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        18,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-103",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1880.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-104",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1914.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-105",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        1948.0,
                        34,
                        18
                    ],
                    "text": "REDO",
                    "presentation": 1,
                    "presentation_rect": [
                        48,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-106",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        1978.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        50,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-107",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2012.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/redo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-108",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        2046.0,
                        34,
                        18
                    ],
                    "text": "x2",
                    "presentation": 1,
                    "presentation_rect": [
                        78,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-109",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2076.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        80,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-110",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/multiply 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-111",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        2144.0,
                        34,
                        18
                    ],
                    "text": "DUB",
                    "presentation": 1,
                    "presentation_rect": [
                        18,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-112",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2174.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-113",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2208.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/overdub $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-114",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2242.0,
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
                    "id": "obj-115",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        2276.0,
                        34,
                        18
                    ],
                    "text": "REV",
                    "presentation": 1,
                    "presentation_rect": [
                        48,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-116",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2306.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        50,
                        472,
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
                        950,
                        2340.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/reverse $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-118",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2374.0,
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
                    "id": "obj-119",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        2408.0,
                        34,
                        18
                    ],
                    "text": "0.5x",
                    "presentation": 1,
                    "presentation_rect": [
                        18,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-120",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2438.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-121",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2472.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/speed 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-122",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        2506.0,
                        34,
                        18
                    ],
                    "text": "1x",
                    "presentation": 1,
                    "presentation_rect": [
                        48,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-123",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2536.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        50,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-124",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2570.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/speed 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-125",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        2604.0,
                        34,
                        18
                    ],
                    "text": "2x",
                    "presentation": 1,
                    "presentation_rect": [
                        78,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-126",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2634.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        80,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-127",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2668.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/1/speed 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-128",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        2702.0,
                        90,
                        18
                    ],
                    "text": "POSITION",
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        545,
                        90,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-129",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2732.0,
                        95,
                        12
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        562,
                        95,
                        12
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1,
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-130",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2756.0,
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
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        950,
                        2790.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-132",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        950,
                        2838.0,
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
                    "id": "obj-133",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2872.0,
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
                    "id": "obj-134",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2906.0,
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
                    "id": "obj-135",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2940.0,
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
                    "id": "obj-136",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        2974.0,
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
                    "id": "obj-137",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        3008.0,
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
                    "id": "obj-138",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        3042.0,
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
                    "id": "obj-139",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        3076.0,
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
                    "id": "obj-140",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        3110.0,
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
                    "id": "obj-141",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        3144.0,
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
                    "id": "obj-142",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        3178.0,
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
                    "id": "obj-143",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        3212.0,
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
                    "id": "obj-144",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        950,
                        3246.0,
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
                    "id": "obj-145",
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
                    "id": "obj-146",
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
                    "id": "obj-147",
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
                    "id": "obj-148",
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
                    "id": "obj-149",
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
                    "id": "obj-150",
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
                    "id": "obj-151",
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
                    "id": "obj-152",
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
                    "id": "obj-153",
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
                    "id": "obj-154",
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
                    "id": "obj-155",
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
                    "id": "obj-156",
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
                    "id": "obj-157",
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
                    "id": "obj-158",
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
                    "id": "obj-159",
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
                    "id": "obj-160",
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
                    "id": "obj-161",
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
                    "id": "obj-162",
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
                    "id": "obj-163",
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
                    "id": "obj-164",
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
                    "id": "obj-165",
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
                    "id": "obj-166",
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
                    "id": "obj-167",
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
                    "id": "obj-168",
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
                    "id": "obj-169",
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
                    "id": "obj-170",
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
                    "id": "obj-171",
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
                    "id": "obj-172",
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
                    "id": "obj-173",
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
                    "id": "obj-174",
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
                    "id": "obj-175",
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
                    "id": "obj-176",
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
                    "id": "obj-177",
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
                    "id": "obj-178",
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
                    "id": "obj-179",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1850.0,
                        34,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        123,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-180",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1880.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-181",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1914.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-182",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        1948.0,
                        34,
                        18
                    ],
                    "text": "REDO",
                    "presentation": 1,
                    "presentation_rect": [
                        153,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-183",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        1978.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        155,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-184",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2012.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/redo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-185",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        2046.0,
                        34,
                        18
                    ],
                    "text": "x2",
                    "presentation": 1,
                    "presentation_rect": [
                        183,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-186",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2076.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        185,
                        427,
                        22,
                        22
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
                        1170,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/multiply 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-188",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        2144.0,
                        34,
                        18
                    ],
                    "text": "DUB",
                    "presentation": 1,
                    "presentation_rect": [
                        123,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-189",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2174.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        472,
                        22,
                        22
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
                        1170,
                        2208.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/overdub $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-191",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2242.0,
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
                    "id": "obj-192",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        2276.0,
                        34,
                        18
                    ],
                    "text": "REV",
                    "presentation": 1,
                    "presentation_rect": [
                        153,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-193",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2306.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        155,
                        472,
                        22,
                        22
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
                        1170,
                        2340.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/reverse $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-195",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2374.0,
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
                    "id": "obj-196",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        2408.0,
                        34,
                        18
                    ],
                    "text": "0.5x",
                    "presentation": 1,
                    "presentation_rect": [
                        123,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-197",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2438.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-198",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2472.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/speed 0.5",
                    "outlettype": [
                        ""
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
                        1170,
                        2506.0,
                        34,
                        18
                    ],
                    "text": "1x",
                    "presentation": 1,
                    "presentation_rect": [
                        153,
                        500,
                        34,
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
                        1170,
                        2536.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        155,
                        517,
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
                        1170,
                        2570.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/speed 1",
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
                        1170,
                        2604.0,
                        34,
                        18
                    ],
                    "text": "2x",
                    "presentation": 1,
                    "presentation_rect": [
                        183,
                        500,
                        34,
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
                        1170,
                        2634.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        185,
                        517,
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
                        1170,
                        2668.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/2/speed 2",
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
                        1170,
                        2702.0,
                        90,
                        18
                    ],
                    "text": "POSITION",
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        545,
                        90,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-206",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2732.0,
                        95,
                        12
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        125,
                        562,
                        95,
                        12
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1,
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-207",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2756.0,
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
                    "id": "obj-208",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1170,
                        2790.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-209",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        1170,
                        2838.0,
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
                    "id": "obj-210",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2872.0,
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
                    "id": "obj-211",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2906.0,
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
                    "id": "obj-212",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2940.0,
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
                    "id": "obj-213",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        2974.0,
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
                    "id": "obj-214",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        3008.0,
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
                    "id": "obj-215",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        3042.0,
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
                    "id": "obj-216",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        3076.0,
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
                    "id": "obj-217",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        3110.0,
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
                    "id": "obj-218",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        3144.0,
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
                    "id": "obj-219",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        3178.0,
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
                    "id": "obj-220",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        3212.0,
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
                    "id": "obj-221",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1170,
                        3246.0,
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
                    "id": "obj-222",
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
                    "id": "obj-223",
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
                    "id": "obj-224",
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
                    "id": "obj-225",
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
                    "id": "obj-226",
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
                    "id": "obj-227",
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
                    "id": "obj-228",
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
                    "id": "obj-229",
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
                    "id": "obj-230",
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
                    "id": "obj-231",
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
                    "id": "obj-232",
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
                    "id": "obj-233",
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
                    "id": "obj-234",
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
                    "id": "obj-235",
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
                    "id": "obj-236",
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
                    "id": "obj-237",
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
                    "id": "obj-238",
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
                    "id": "obj-239",
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
                    "id": "obj-240",
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
                    "id": "obj-241",
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
                    "id": "obj-242",
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
                    "id": "obj-243",
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
                    "id": "obj-244",
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
                    "id": "obj-245",
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
                    "id": "obj-246",
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
                    "id": "obj-247",
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
                    "id": "obj-248",
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
                    "id": "obj-249",
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
                    "id": "obj-250",
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
                    "id": "obj-251",
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
                    "id": "obj-252",
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
                    "id": "obj-253",
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
                    "id": "obj-254",
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
                    "id": "obj-255",
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
                    "id": "obj-256",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        1850.0,
                        34,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        228,
                        410,
                        34,
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
                        1390,
                        1880.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        427,
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
                        1390,
                        1914.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/undo",
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
                        1390,
                        1948.0,
                        34,
                        18
                    ],
                    "text": "REDO",
                    "presentation": 1,
                    "presentation_rect": [
                        258,
                        410,
                        34,
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
                        1390,
                        1978.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        260,
                        427,
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
                        1390,
                        2012.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/redo",
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
                        1390,
                        2046.0,
                        34,
                        18
                    ],
                    "text": "x2",
                    "presentation": 1,
                    "presentation_rect": [
                        288,
                        410,
                        34,
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
                        1390,
                        2076.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        290,
                        427,
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
                        1390,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/multiply 2",
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
                        1390,
                        2144.0,
                        34,
                        18
                    ],
                    "text": "DUB",
                    "presentation": 1,
                    "presentation_rect": [
                        228,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-266",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2174.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        472,
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
                        1390,
                        2208.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/overdub $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-268",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2242.0,
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
                    "id": "obj-269",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        2276.0,
                        34,
                        18
                    ],
                    "text": "REV",
                    "presentation": 1,
                    "presentation_rect": [
                        258,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-270",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2306.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        260,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-271",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2340.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/reverse $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-272",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2374.0,
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
                    "id": "obj-273",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        2408.0,
                        34,
                        18
                    ],
                    "text": "0.5x",
                    "presentation": 1,
                    "presentation_rect": [
                        228,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-274",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2438.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-275",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2472.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/speed 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-276",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        2506.0,
                        34,
                        18
                    ],
                    "text": "1x",
                    "presentation": 1,
                    "presentation_rect": [
                        258,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-277",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2536.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        260,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-278",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2570.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/speed 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-279",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        2604.0,
                        34,
                        18
                    ],
                    "text": "2x",
                    "presentation": 1,
                    "presentation_rect": [
                        288,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-280",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2634.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        290,
                        517,
                        22,
                        22
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
                        1390,
                        2668.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/3/speed 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-282",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        2702.0,
                        90,
                        18
                    ],
                    "text": "POSITION",
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        545,
                        90,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-283",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2732.0,
                        95,
                        12
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        230,
                        562,
                        95,
                        12
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1,
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-284",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2756.0,
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
                    "id": "obj-285",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1390,
                        2790.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-286",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        1390,
                        2838.0,
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
                    "id": "obj-287",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2872.0,
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
                    "id": "obj-288",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2906.0,
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
                    "id": "obj-289",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2940.0,
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
                    "id": "obj-290",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        2974.0,
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
                    "id": "obj-291",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        3008.0,
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
                    "id": "obj-292",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        3042.0,
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
                    "id": "obj-293",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        3076.0,
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
                    "id": "obj-294",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        3110.0,
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
                    "id": "obj-295",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        3144.0,
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
                    "id": "obj-296",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        3178.0,
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
                    "id": "obj-297",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        3212.0,
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
                    "id": "obj-298",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1390,
                        3246.0,
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
                    "id": "obj-299",
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
                    "id": "obj-300",
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
                    "id": "obj-301",
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
                    "id": "obj-302",
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
                    "id": "obj-303",
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
                    "id": "obj-304",
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
                    "id": "obj-305",
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
                    "id": "obj-306",
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
                    "id": "obj-307",
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
                    "id": "obj-308",
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
                    "id": "obj-309",
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
                    "id": "obj-310",
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
                    "id": "obj-311",
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
                    "id": "obj-312",
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
                    "id": "obj-313",
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
                    "id": "obj-314",
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
                    "id": "obj-315",
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
                    "id": "obj-316",
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
                    "id": "obj-317",
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
                    "id": "obj-318",
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
                    "id": "obj-319",
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
                    "id": "obj-320",
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
                    "id": "obj-321",
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
                    "id": "obj-322",
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
                    "id": "obj-323",
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
                    "id": "obj-324",
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
                    "id": "obj-325",
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
                    "id": "obj-326",
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
                    "id": "obj-327",
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
                    "id": "obj-328",
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
                    "id": "obj-329",
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
                    "id": "obj-330",
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
                    "id": "obj-331",
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
                    "id": "obj-332",
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
                    "id": "obj-333",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1850.0,
                        34,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        333,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-334",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1880.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        427,
                        22,
                        22
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
                        1610,
                        1914.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-336",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        1948.0,
                        34,
                        18
                    ],
                    "text": "REDO",
                    "presentation": 1,
                    "presentation_rect": [
                        363,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-337",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        1978.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        365,
                        427,
                        22,
                        22
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
                        1610,
                        2012.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/redo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-339",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        2046.0,
                        34,
                        18
                    ],
                    "text": "x2",
                    "presentation": 1,
                    "presentation_rect": [
                        393,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-340",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2076.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        395,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-341",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/multiply 2",
                    "outlettype": [
                        ""
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
                        1610,
                        2144.0,
                        34,
                        18
                    ],
                    "text": "DUB",
                    "presentation": 1,
                    "presentation_rect": [
                        333,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-343",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2174.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-344",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2208.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/overdub $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-345",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2242.0,
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
                    "id": "obj-346",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        2276.0,
                        34,
                        18
                    ],
                    "text": "REV",
                    "presentation": 1,
                    "presentation_rect": [
                        363,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-347",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2306.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        365,
                        472,
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
                        1610,
                        2340.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/reverse $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-349",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2374.0,
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
                    "id": "obj-350",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        2408.0,
                        34,
                        18
                    ],
                    "text": "0.5x",
                    "presentation": 1,
                    "presentation_rect": [
                        333,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-351",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2438.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-352",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2472.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/speed 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-353",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        2506.0,
                        34,
                        18
                    ],
                    "text": "1x",
                    "presentation": 1,
                    "presentation_rect": [
                        363,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-354",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2536.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        365,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-355",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2570.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/speed 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-356",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        2604.0,
                        34,
                        18
                    ],
                    "text": "2x",
                    "presentation": 1,
                    "presentation_rect": [
                        393,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-357",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2634.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        395,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-358",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2668.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/4/speed 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-359",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        2702.0,
                        90,
                        18
                    ],
                    "text": "POSITION",
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        545,
                        90,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-360",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2732.0,
                        95,
                        12
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        335,
                        562,
                        95,
                        12
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1,
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-361",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2756.0,
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
                    "id": "obj-362",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1610,
                        2790.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-363",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        1610,
                        2838.0,
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
                    "id": "obj-364",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2872.0,
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
                    "id": "obj-365",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2906.0,
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
                    "id": "obj-366",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2940.0,
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
                    "id": "obj-367",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        2974.0,
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
                    "id": "obj-368",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        3008.0,
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
                    "id": "obj-369",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        3042.0,
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
                    "id": "obj-370",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        3076.0,
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
                    "id": "obj-371",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        3110.0,
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
                    "id": "obj-372",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        3144.0,
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
                    "id": "obj-373",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        3178.0,
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
                    "id": "obj-374",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        3212.0,
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
                    "id": "obj-375",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1610,
                        3246.0,
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
                    "id": "obj-376",
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
                    "id": "obj-377",
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
                    "id": "obj-378",
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
                    "id": "obj-379",
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
                    "id": "obj-380",
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
                    "id": "obj-381",
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
                    "id": "obj-382",
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
                    "id": "obj-383",
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
                    "id": "obj-384",
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
                    "id": "obj-385",
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
                    "id": "obj-386",
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
                    "id": "obj-387",
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
                    "id": "obj-388",
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
                    "id": "obj-389",
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
                    "id": "obj-390",
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
                    "id": "obj-391",
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
                    "id": "obj-392",
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
                    "id": "obj-393",
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
                    "id": "obj-394",
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
                    "id": "obj-395",
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
                    "id": "obj-396",
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
                    "id": "obj-397",
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
                    "id": "obj-398",
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
                    "id": "obj-399",
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
                    "id": "obj-400",
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
                    "id": "obj-401",
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
                    "id": "obj-402",
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
                    "id": "obj-403",
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
                    "id": "obj-404",
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
                    "id": "obj-405",
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
                    "id": "obj-406",
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
                    "id": "obj-407",
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
                    "id": "obj-408",
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
                    "id": "obj-409",
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
                    "id": "obj-410",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1850.0,
                        34,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        438,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-411",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1880.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-412",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1914.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-413",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        1948.0,
                        34,
                        18
                    ],
                    "text": "REDO",
                    "presentation": 1,
                    "presentation_rect": [
                        468,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-414",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        1978.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-415",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2012.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/redo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-416",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        2046.0,
                        34,
                        18
                    ],
                    "text": "x2",
                    "presentation": 1,
                    "presentation_rect": [
                        498,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-417",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2076.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        500,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-418",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/multiply 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-419",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        2144.0,
                        34,
                        18
                    ],
                    "text": "DUB",
                    "presentation": 1,
                    "presentation_rect": [
                        438,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-420",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2174.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-421",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2208.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/overdub $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-422",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2242.0,
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
                    "id": "obj-423",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        2276.0,
                        34,
                        18
                    ],
                    "text": "REV",
                    "presentation": 1,
                    "presentation_rect": [
                        468,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-424",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2306.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        472,
                        22,
                        22
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
                        1830,
                        2340.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/reverse $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-426",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2374.0,
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
                    "id": "obj-427",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        2408.0,
                        34,
                        18
                    ],
                    "text": "0.5x",
                    "presentation": 1,
                    "presentation_rect": [
                        438,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-428",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2438.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        517,
                        22,
                        22
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
                        1830,
                        2472.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/speed 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-430",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        2506.0,
                        34,
                        18
                    ],
                    "text": "1x",
                    "presentation": 1,
                    "presentation_rect": [
                        468,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-431",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2536.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        517,
                        22,
                        22
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
                        1830,
                        2570.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/speed 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-433",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        2604.0,
                        34,
                        18
                    ],
                    "text": "2x",
                    "presentation": 1,
                    "presentation_rect": [
                        498,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-434",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2634.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        500,
                        517,
                        22,
                        22
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
                        1830,
                        2668.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/5/speed 2",
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
                        1830,
                        2702.0,
                        90,
                        18
                    ],
                    "text": "POSITION",
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        545,
                        90,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-437",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2732.0,
                        95,
                        12
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        440,
                        562,
                        95,
                        12
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1,
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-438",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2756.0,
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
                    "id": "obj-439",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        1830,
                        2790.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-440",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        1830,
                        2838.0,
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
                    "id": "obj-441",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2872.0,
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
                    "id": "obj-442",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2906.0,
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
                    "id": "obj-443",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2940.0,
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
                    "id": "obj-444",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        2974.0,
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
                    "id": "obj-445",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        3008.0,
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
                    "id": "obj-446",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        3042.0,
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
                    "id": "obj-447",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        3076.0,
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
                    "id": "obj-448",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        3110.0,
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
                    "id": "obj-449",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        3144.0,
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
                    "id": "obj-450",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        3178.0,
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
                    "id": "obj-451",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        3212.0,
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
                    "id": "obj-452",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        1830,
                        3246.0,
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
                    "id": "obj-453",
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
                    "id": "obj-454",
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
                    "id": "obj-455",
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
                    "id": "obj-456",
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
                    "id": "obj-457",
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
                    "id": "obj-458",
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
                    "id": "obj-459",
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
                    "id": "obj-460",
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
                    "id": "obj-461",
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
                    "id": "obj-462",
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
                    "id": "obj-463",
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
                    "id": "obj-464",
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
                    "id": "obj-465",
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
                    "id": "obj-466",
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
                    "id": "obj-467",
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
                    "id": "obj-468",
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
                    "id": "obj-469",
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
                    "id": "obj-470",
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
                    "id": "obj-471",
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
                    "id": "obj-472",
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
                    "id": "obj-473",
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
                    "id": "obj-474",
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
                    "id": "obj-475",
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
                    "id": "obj-476",
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
                    "id": "obj-477",
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
                    "id": "obj-478",
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
                    "id": "obj-479",
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
                    "id": "obj-480",
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
                    "id": "obj-481",
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
                    "id": "obj-482",
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
                    "id": "obj-483",
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
                    "id": "obj-484",
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
                    "id": "obj-485",
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
                    "id": "obj-486",
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
                    "id": "obj-487",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        1850.0,
                        34,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        543,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-488",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1880.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-489",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1914.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/undo",
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
                        2050,
                        1948.0,
                        34,
                        18
                    ],
                    "text": "REDO",
                    "presentation": 1,
                    "presentation_rect": [
                        573,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-491",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        1978.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        575,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-492",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2012.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/redo",
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
                        2050,
                        2046.0,
                        34,
                        18
                    ],
                    "text": "x2",
                    "presentation": 1,
                    "presentation_rect": [
                        603,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-494",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2076.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        605,
                        427,
                        22,
                        22
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
                        2050,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/multiply 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-496",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        2144.0,
                        34,
                        18
                    ],
                    "text": "DUB",
                    "presentation": 1,
                    "presentation_rect": [
                        543,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-497",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2174.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-498",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2208.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/overdub $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-499",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2242.0,
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
                    "id": "obj-500",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        2276.0,
                        34,
                        18
                    ],
                    "text": "REV",
                    "presentation": 1,
                    "presentation_rect": [
                        573,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-501",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2306.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        575,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-502",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2340.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/reverse $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-503",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2374.0,
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
                    "id": "obj-504",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        2408.0,
                        34,
                        18
                    ],
                    "text": "0.5x",
                    "presentation": 1,
                    "presentation_rect": [
                        543,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-505",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2438.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-506",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2472.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/speed 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-507",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        2506.0,
                        34,
                        18
                    ],
                    "text": "1x",
                    "presentation": 1,
                    "presentation_rect": [
                        573,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-508",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2536.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        575,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-509",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2570.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/speed 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-510",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        2604.0,
                        34,
                        18
                    ],
                    "text": "2x",
                    "presentation": 1,
                    "presentation_rect": [
                        603,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-511",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2634.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        605,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-512",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2668.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/6/speed 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-513",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        2702.0,
                        90,
                        18
                    ],
                    "text": "POSITION",
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        545,
                        90,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-514",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2732.0,
                        95,
                        12
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        545,
                        562,
                        95,
                        12
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1,
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-515",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2756.0,
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
                    "id": "obj-516",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2050,
                        2790.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-517",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        2050,
                        2838.0,
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
                    "id": "obj-518",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2872.0,
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
                    "id": "obj-519",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2906.0,
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
                    "id": "obj-520",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2940.0,
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
                    "id": "obj-521",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        2974.0,
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
                    "id": "obj-522",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        3008.0,
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
                    "id": "obj-523",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        3042.0,
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
                    "id": "obj-524",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        3076.0,
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
                    "id": "obj-525",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        3110.0,
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
                    "id": "obj-526",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        3144.0,
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
                    "id": "obj-527",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        3178.0,
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
                    "id": "obj-528",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        3212.0,
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
                    "id": "obj-529",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2050,
                        3246.0,
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
                    "id": "obj-530",
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
                    "id": "obj-531",
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
                    "id": "obj-532",
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
                    "id": "obj-533",
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
                    "id": "obj-534",
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
                    "id": "obj-535",
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
                    "id": "obj-536",
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
                    "id": "obj-537",
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
                    "id": "obj-538",
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
                    "id": "obj-539",
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
                    "id": "obj-540",
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
                    "id": "obj-541",
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
                    "id": "obj-542",
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
                    "id": "obj-543",
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
                    "id": "obj-544",
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
                    "id": "obj-545",
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
                    "id": "obj-546",
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
                    "id": "obj-547",
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
                    "id": "obj-548",
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
                    "id": "obj-549",
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
                    "id": "obj-550",
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
                    "id": "obj-551",
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
                    "id": "obj-552",
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
                    "id": "obj-553",
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
                    "id": "obj-554",
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
                    "id": "obj-555",
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
                    "id": "obj-556",
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
                    "id": "obj-557",
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
                    "id": "obj-558",
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
                    "id": "obj-559",
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
                    "id": "obj-560",
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
                    "id": "obj-561",
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
                    "id": "obj-562",
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
                    "id": "obj-563",
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
                    "id": "obj-564",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1850.0,
                        34,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        648,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-565",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1880.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-566",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1914.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-567",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        1948.0,
                        34,
                        18
                    ],
                    "text": "REDO",
                    "presentation": 1,
                    "presentation_rect": [
                        678,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-568",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        1978.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        680,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-569",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2012.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/redo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-570",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        2046.0,
                        34,
                        18
                    ],
                    "text": "x2",
                    "presentation": 1,
                    "presentation_rect": [
                        708,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-571",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2076.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        710,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-572",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/multiply 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-573",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        2144.0,
                        34,
                        18
                    ],
                    "text": "DUB",
                    "presentation": 1,
                    "presentation_rect": [
                        648,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-574",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2174.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-575",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2208.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/overdub $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-576",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2242.0,
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
                    "id": "obj-577",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        2276.0,
                        34,
                        18
                    ],
                    "text": "REV",
                    "presentation": 1,
                    "presentation_rect": [
                        678,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-578",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2306.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        680,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-579",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2340.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/reverse $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-580",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2374.0,
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
                    "id": "obj-581",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        2408.0,
                        34,
                        18
                    ],
                    "text": "0.5x",
                    "presentation": 1,
                    "presentation_rect": [
                        648,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-582",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2438.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-583",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2472.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/speed 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-584",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        2506.0,
                        34,
                        18
                    ],
                    "text": "1x",
                    "presentation": 1,
                    "presentation_rect": [
                        678,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-585",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2536.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        680,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-586",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2570.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/speed 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-587",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        2604.0,
                        34,
                        18
                    ],
                    "text": "2x",
                    "presentation": 1,
                    "presentation_rect": [
                        708,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-588",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2634.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        710,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-589",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2668.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/7/speed 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-590",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        2702.0,
                        90,
                        18
                    ],
                    "text": "POSITION",
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        545,
                        90,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-591",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2732.0,
                        95,
                        12
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        650,
                        562,
                        95,
                        12
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1,
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-592",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2756.0,
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
                    "id": "obj-593",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2270,
                        2790.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-594",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        2270,
                        2838.0,
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
                    "id": "obj-595",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2872.0,
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
                    "id": "obj-596",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2906.0,
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
                    "id": "obj-597",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2940.0,
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
                    "id": "obj-598",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        2974.0,
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
                    "id": "obj-599",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        3008.0,
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
                    "id": "obj-600",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        3042.0,
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
                    "id": "obj-601",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        3076.0,
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
                    "id": "obj-602",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        3110.0,
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
                    "id": "obj-603",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        3144.0,
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
                    "id": "obj-604",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        3178.0,
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
                    "id": "obj-605",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        3212.0,
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
                    "id": "obj-606",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2270,
                        3246.0,
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
                    "id": "obj-607",
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
                    "id": "obj-608",
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
                    "id": "obj-609",
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
                    "id": "obj-610",
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
                    "id": "obj-611",
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
                    "id": "obj-612",
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
                    "id": "obj-613",
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
                    "id": "obj-614",
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
                    "id": "obj-615",
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
                    "id": "obj-616",
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
                    "id": "obj-617",
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
                    "id": "obj-618",
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
                    "id": "obj-619",
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
                    "id": "obj-620",
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
                    "id": "obj-621",
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
                    "id": "obj-622",
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
                    "id": "obj-623",
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
                    "id": "obj-624",
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
                    "id": "obj-625",
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
                    "id": "obj-626",
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
                    "id": "obj-627",
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
                    "id": "obj-628",
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
                    "id": "obj-629",
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
                    "id": "obj-630",
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
                    "id": "obj-631",
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
                    "id": "obj-632",
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
                    "id": "obj-633",
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
                    "id": "obj-634",
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
                    "id": "obj-635",
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
                    "id": "obj-636",
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
                    "id": "obj-637",
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
                    "id": "obj-638",
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
                    "id": "obj-639",
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
                    "id": "obj-640",
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
                    "id": "obj-641",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1850.0,
                        34,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        753,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-642",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1880.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-643",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1914.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-644",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        1948.0,
                        34,
                        18
                    ],
                    "text": "REDO",
                    "presentation": 1,
                    "presentation_rect": [
                        783,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-645",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        1978.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        785,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-646",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2012.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/redo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-647",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        2046.0,
                        34,
                        18
                    ],
                    "text": "x2",
                    "presentation": 1,
                    "presentation_rect": [
                        813,
                        410,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-648",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2076.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        815,
                        427,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-649",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/multiply 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-650",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        2144.0,
                        34,
                        18
                    ],
                    "text": "DUB",
                    "presentation": 1,
                    "presentation_rect": [
                        753,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-651",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2174.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-652",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2208.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/overdub $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-653",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2242.0,
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
                    "id": "obj-654",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        2276.0,
                        34,
                        18
                    ],
                    "text": "REV",
                    "presentation": 1,
                    "presentation_rect": [
                        783,
                        455,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-655",
                    "maxclass": "toggle",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2306.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "int"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        785,
                        472,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-656",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2340.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/reverse $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-657",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2374.0,
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
                    "id": "obj-658",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        2408.0,
                        34,
                        18
                    ],
                    "text": "0.5x",
                    "presentation": 1,
                    "presentation_rect": [
                        753,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-659",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2438.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-660",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2472.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/speed 0.5",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-661",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        2506.0,
                        34,
                        18
                    ],
                    "text": "1x",
                    "presentation": 1,
                    "presentation_rect": [
                        783,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-662",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2536.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        785,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-663",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2570.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/speed 1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-664",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        2604.0,
                        34,
                        18
                    ],
                    "text": "2x",
                    "presentation": 1,
                    "presentation_rect": [
                        813,
                        500,
                        34,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-665",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2634.0,
                        22,
                        22
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        815,
                        517,
                        22,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-666",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2668.0,
                        150.0,
                        22.0
                    ],
                    "text": "/looper/8/speed 2",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-667",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        2702.0,
                        90,
                        18
                    ],
                    "text": "POSITION",
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        545,
                        90,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-668",
                    "maxclass": "slider",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2732.0,
                        95,
                        12
                    ],
                    "outlettype": [
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        755,
                        562,
                        95,
                        12
                    ],
                    "orientation": 1,
                    "size": 1.0,
                    "floatoutput": 1,
                    "ignoreclick": 1
                }
            },
            {
                "box": {
                    "id": "obj-669",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2756.0,
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
                    "id": "obj-670",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        2790.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-671",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        2490,
                        2838.0,
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
                    "id": "obj-672",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2872.0,
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
                    "id": "obj-673",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2906.0,
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
                    "id": "obj-674",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2940.0,
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
                    "id": "obj-675",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        2974.0,
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
                    "id": "obj-676",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        3008.0,
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
                    "id": "obj-677",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        3042.0,
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
                    "id": "obj-678",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        3076.0,
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
                    "id": "obj-679",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        3110.0,
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
                    "id": "obj-680",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        3144.0,
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
                    "id": "obj-681",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        3178.0,
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
                    "id": "obj-682",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        3212.0,
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
                    "id": "obj-683",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2490,
                        3246.0,
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
                    "id": "obj-684",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2490,
                        3280.0,
                        100,
                        20
                    ],
                    "text": "MIDI LOOPS",
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        780,
                        100,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-685",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        620,
                        120,
                        36
                    ],
                    "text": "MIDI loop 1"
                }
            },
            {
                "box": {
                    "id": "obj-686",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        668,
                        110,
                        26
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        818,
                        110,
                        26
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
                    "id": "obj-687",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        706,
                        105,
                        20
                    ],
                    "text": "M1 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        23,
                        821,
                        105,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-688",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        738,
                        36,
                        18
                    ],
                    "text": "REC",
                    "presentation": 1,
                    "presentation_rect": [
                        136,
                        800,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-689",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        768,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        140,
                        818,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-690",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/1/record",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-691",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        840.0,
                        36,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        172,
                        800,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-692",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        870.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        176,
                        818,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-693",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        908.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/1/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-694",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        942.0,
                        36,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        208,
                        800,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-695",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        972.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        212,
                        818,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-696",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1010.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/1/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-697",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1044.0,
                        36,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        244,
                        800,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-698",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1074.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        248,
                        818,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-699",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1112.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/1/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-700",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1146.0,
                        36,
                        18
                    ],
                    "text": "CLR",
                    "presentation": 1,
                    "presentation_rect": [
                        280,
                        800,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-701",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1176.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        284,
                        818,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-702",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1214.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/1/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-703",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1248.0,
                        36,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        316,
                        800,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-704",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1278.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        320,
                        818,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-705",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1316.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/1/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-706",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1350.0,
                        36,
                        18
                    ],
                    "text": "EXP",
                    "presentation": 1,
                    "presentation_rect": [
                        352,
                        800,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-707",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1380.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        356,
                        818,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-708",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1418.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/1/export",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-709",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1452.0,
                        70,
                        18
                    ],
                    "text": "QUANTIZE",
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        800,
                        70,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-710",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        2930,
                        1482.0,
                        60,
                        26
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        818,
                        60,
                        26
                    ],
                    "minimum": 0.0,
                    "maximum": 16.0
                }
            },
            {
                "box": {
                    "id": "obj-711",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1520.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/1/quantize $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-712",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1554.0,
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
                    "id": "obj-713",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1588.0,
                        70,
                        18
                    ],
                    "text": "PLAYS ON",
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        800,
                        70,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-714",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1618.0,
                        70,
                        20
                    ],
                    "text": "out",
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        821,
                        70,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-715",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1650.0,
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
                    "id": "obj-716",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1684.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-717",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        2930,
                        1732.0,
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
                    "id": "obj-718",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1766.0,
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
                    "id": "obj-719",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1800.0,
                        120,
                        22.0
                    ],
                    "text": "set M1 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-720",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1834.0,
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
                    "id": "obj-721",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1868.0,
                        120,
                        22.0
                    ],
                    "text": "set M1 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-722",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1902.0,
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
                    "id": "obj-723",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1936.0,
                        120,
                        22.0
                    ],
                    "text": "set M1 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-724",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1970.0,
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
                    "id": "obj-725",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2004.0,
                        120,
                        22.0
                    ],
                    "text": "set M1 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-726",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2038.0,
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
                    "id": "obj-727",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2072.0,
                        120,
                        22.0
                    ],
                    "text": "set M1 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-728",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2106.0,
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
                    "id": "obj-729",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2140.0,
                        120,
                        22.0
                    ],
                    "text": "set M1 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-730",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1720,
                        120,
                        36
                    ],
                    "text": "MIDI loop 2"
                }
            },
            {
                "box": {
                    "id": "obj-731",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1768,
                        110,
                        26
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        868,
                        110,
                        26
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
                    "id": "obj-732",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1806,
                        105,
                        20
                    ],
                    "text": "M2 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        23,
                        871,
                        105,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-733",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1838,
                        36,
                        18
                    ],
                    "text": "REC",
                    "presentation": 1,
                    "presentation_rect": [
                        136,
                        850,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-734",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1868,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        140,
                        868,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-735",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1906,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/2/record",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-736",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        1940.0,
                        36,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        172,
                        850,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-737",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        1970.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        176,
                        868,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-738",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2008.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/2/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-739",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2042.0,
                        36,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        208,
                        850,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-740",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2072.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        212,
                        868,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-741",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/2/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-742",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2144.0,
                        36,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        244,
                        850,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-743",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2174.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        248,
                        868,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-744",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2212.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/2/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-745",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2246.0,
                        36,
                        18
                    ],
                    "text": "CLR",
                    "presentation": 1,
                    "presentation_rect": [
                        280,
                        850,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-746",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2276.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        284,
                        868,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-747",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2314.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/2/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-748",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2348.0,
                        36,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        316,
                        850,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-749",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2378.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        320,
                        868,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-750",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2416.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/2/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-751",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2450.0,
                        36,
                        18
                    ],
                    "text": "EXP",
                    "presentation": 1,
                    "presentation_rect": [
                        352,
                        850,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-752",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2480.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        356,
                        868,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-753",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2518.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/2/export",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-754",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2552.0,
                        70,
                        18
                    ],
                    "text": "QUANTIZE",
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        850,
                        70,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-755",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        2930,
                        2582.0,
                        60,
                        26
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        868,
                        60,
                        26
                    ],
                    "minimum": 0.0,
                    "maximum": 16.0
                }
            },
            {
                "box": {
                    "id": "obj-756",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2620.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/2/quantize $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-757",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2654.0,
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
                    "id": "obj-758",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2688.0,
                        70,
                        18
                    ],
                    "text": "PLAYS ON",
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        850,
                        70,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-759",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2718.0,
                        70,
                        20
                    ],
                    "text": "out",
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        871,
                        70,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-760",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2750.0,
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
                    "id": "obj-761",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        2930,
                        2784.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-762",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        2930,
                        2832.0,
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
                    "id": "obj-763",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2866.0,
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
                    "id": "obj-764",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2900.0,
                        120,
                        22.0
                    ],
                    "text": "set M2 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-765",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2934.0,
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
                    "id": "obj-766",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        2968.0,
                        120,
                        22.0
                    ],
                    "text": "set M2 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-767",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        3002.0,
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
                    "id": "obj-768",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        3036.0,
                        120,
                        22.0
                    ],
                    "text": "set M2 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-769",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        3070.0,
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
                    "id": "obj-770",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        3104.0,
                        120,
                        22.0
                    ],
                    "text": "set M2 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-771",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        3138.0,
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
                    "id": "obj-772",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        3172.0,
                        120,
                        22.0
                    ],
                    "text": "set M2 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-773",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        3206.0,
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
                    "id": "obj-774",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        2930,
                        3240.0,
                        120,
                        22.0
                    ],
                    "text": "set M2 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-775",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        620,
                        120,
                        36
                    ],
                    "text": "MIDI loop 3"
                }
            },
            {
                "box": {
                    "id": "obj-776",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        668,
                        110,
                        26
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        918,
                        110,
                        26
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
                    "id": "obj-777",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        706,
                        105,
                        20
                    ],
                    "text": "M3 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        23,
                        921,
                        105,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-778",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        738,
                        36,
                        18
                    ],
                    "text": "REC",
                    "presentation": 1,
                    "presentation_rect": [
                        136,
                        900,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-779",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        768,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        140,
                        918,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-780",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        806,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/3/record",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-781",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        840.0,
                        36,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        172,
                        900,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-782",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        870.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        176,
                        918,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-783",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        908.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/3/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-784",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        942.0,
                        36,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        208,
                        900,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-785",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        972.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        212,
                        918,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-786",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1010.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/3/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-787",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1044.0,
                        36,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        244,
                        900,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-788",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1074.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        248,
                        918,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-789",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1112.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/3/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-790",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1146.0,
                        36,
                        18
                    ],
                    "text": "CLR",
                    "presentation": 1,
                    "presentation_rect": [
                        280,
                        900,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-791",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1176.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        284,
                        918,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-792",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1214.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/3/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-793",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1248.0,
                        36,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        316,
                        900,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-794",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1278.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        320,
                        918,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-795",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1316.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/3/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-796",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1350.0,
                        36,
                        18
                    ],
                    "text": "EXP",
                    "presentation": 1,
                    "presentation_rect": [
                        352,
                        900,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-797",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1380.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        356,
                        918,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-798",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1418.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/3/export",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-799",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1452.0,
                        70,
                        18
                    ],
                    "text": "QUANTIZE",
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        900,
                        70,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-800",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3150,
                        1482.0,
                        60,
                        26
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        918,
                        60,
                        26
                    ],
                    "minimum": 0.0,
                    "maximum": 16.0
                }
            },
            {
                "box": {
                    "id": "obj-801",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1520.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/3/quantize $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-802",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1554.0,
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
                    "id": "obj-803",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1588.0,
                        70,
                        18
                    ],
                    "text": "PLAYS ON",
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        900,
                        70,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-804",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1618.0,
                        70,
                        20
                    ],
                    "text": "out",
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        921,
                        70,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-805",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1650.0,
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
                    "id": "obj-806",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1684.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-807",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        3150,
                        1732.0,
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
                    "id": "obj-808",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1766.0,
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
                    "id": "obj-809",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1800.0,
                        120,
                        22.0
                    ],
                    "text": "set M3 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-810",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1834.0,
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
                    "id": "obj-811",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1868.0,
                        120,
                        22.0
                    ],
                    "text": "set M3 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-812",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1902.0,
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
                    "id": "obj-813",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1936.0,
                        120,
                        22.0
                    ],
                    "text": "set M3 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-814",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1970.0,
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
                    "id": "obj-815",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2004.0,
                        120,
                        22.0
                    ],
                    "text": "set M3 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-816",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2038.0,
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
                    "id": "obj-817",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2072.0,
                        120,
                        22.0
                    ],
                    "text": "set M3 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-818",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2106.0,
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
                    "id": "obj-819",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2140.0,
                        120,
                        22.0
                    ],
                    "text": "set M3 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-820",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1720,
                        120,
                        36
                    ],
                    "text": "MIDI loop 4"
                }
            },
            {
                "box": {
                    "id": "obj-821",
                    "maxclass": "panel",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1768,
                        110,
                        26
                    ],
                    "outlettype": [],
                    "presentation": 1,
                    "presentation_rect": [
                        20,
                        968,
                        110,
                        26
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
                    "id": "obj-822",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1806,
                        105,
                        20
                    ],
                    "text": "M4 EMPTY",
                    "presentation": 1,
                    "presentation_rect": [
                        23,
                        971,
                        105,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-823",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1838,
                        36,
                        18
                    ],
                    "text": "REC",
                    "presentation": 1,
                    "presentation_rect": [
                        136,
                        950,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-824",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1868,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        140,
                        968,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-825",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1906,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/4/record",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-826",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        1940.0,
                        36,
                        18
                    ],
                    "text": "ARM",
                    "presentation": 1,
                    "presentation_rect": [
                        172,
                        950,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-827",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        1970.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        176,
                        968,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-828",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2008.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/4/arm",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-829",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2042.0,
                        36,
                        18
                    ],
                    "text": "PLAY",
                    "presentation": 1,
                    "presentation_rect": [
                        208,
                        950,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-830",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2072.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        212,
                        968,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-831",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2110.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/4/play",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-832",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2144.0,
                        36,
                        18
                    ],
                    "text": "STOP",
                    "presentation": 1,
                    "presentation_rect": [
                        244,
                        950,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-833",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2174.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        248,
                        968,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-834",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2212.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/4/stop",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-835",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2246.0,
                        36,
                        18
                    ],
                    "text": "CLR",
                    "presentation": 1,
                    "presentation_rect": [
                        280,
                        950,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-836",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2276.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        284,
                        968,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-837",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2314.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/4/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-838",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2348.0,
                        36,
                        18
                    ],
                    "text": "UNDO",
                    "presentation": 1,
                    "presentation_rect": [
                        316,
                        950,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-839",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2378.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        320,
                        968,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-840",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2416.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/4/undo",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-841",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2450.0,
                        36,
                        18
                    ],
                    "text": "EXP",
                    "presentation": 1,
                    "presentation_rect": [
                        352,
                        950,
                        36,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-842",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2480.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        356,
                        968,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-843",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2518.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/4/export",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-844",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2552.0,
                        70,
                        18
                    ],
                    "text": "QUANTIZE",
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        950,
                        70,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-845",
                    "maxclass": "flonum",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3150,
                        2582.0,
                        60,
                        26
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        400,
                        968,
                        60,
                        26
                    ],
                    "minimum": 0.0,
                    "maximum": 16.0
                }
            },
            {
                "box": {
                    "id": "obj-846",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2620.0,
                        150.0,
                        22.0
                    ],
                    "text": "/midiloop/4/quantize $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-847",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2654.0,
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
                    "id": "obj-848",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2688.0,
                        70,
                        18
                    ],
                    "text": "PLAYS ON",
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        950,
                        70,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-849",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2718.0,
                        70,
                        20
                    ],
                    "text": "out",
                    "presentation": 1,
                    "presentation_rect": [
                        470,
                        971,
                        70,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-850",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2750.0,
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
                    "id": "obj-851",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3150,
                        2784.0,
                        180,
                        36
                    ],
                    "text": "state: its name and the loop's bars; the panel takes the state's colour."
                }
            },
            {
                "box": {
                    "id": "obj-852",
                    "maxclass": "newobj",
                    "numinlets": 7,
                    "numoutlets": 7,
                    "patching_rect": [
                        3150,
                        2832.0,
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
                    "id": "obj-853",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2866.0,
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
                    "id": "obj-854",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2900.0,
                        120,
                        22.0
                    ],
                    "text": "set M4 EMPTY $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-855",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2934.0,
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
                    "id": "obj-856",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        2968.0,
                        120,
                        22.0
                    ],
                    "text": "set M4 TRIGGERED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-857",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        3002.0,
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
                    "id": "obj-858",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        3036.0,
                        120,
                        22.0
                    ],
                    "text": "set M4 RECORDING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-859",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        3070.0,
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
                    "id": "obj-860",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        3104.0,
                        120,
                        22.0
                    ],
                    "text": "set M4 PLAYING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-861",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        3138.0,
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
                    "id": "obj-862",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        3172.0,
                        120,
                        22.0
                    ],
                    "text": "set M4 STOPPING $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-863",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        3206.0,
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
                    "id": "obj-864",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3150,
                        3240.0,
                        120,
                        22.0
                    ],
                    "text": "set M4 STOPPED $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-865",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        620,
                        220,
                        36
                    ],
                    "text": "Questions go through oscserver-ask.js (Node for Max), whose socket hears the answers. Edit and click 'server ...' for a server on another machine."
                }
            },
            {
                "box": {
                    "id": "obj-866",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        668,
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
                    "id": "obj-867",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        702.0,
                        90,
                        22.0
                    ],
                    "text": "script start",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-868",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        736.0,
                        180,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "node.script oscserver-ask.js"
                }
            },
            {
                "box": {
                    "id": "obj-869",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        770.0,
                        150,
                        22.0
                    ],
                    "text": "server 127.0.0.1 8000",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-870",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        804.0,
                        90,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend send"
                }
            },
            {
                "box": {
                    "id": "obj-871",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        838.0,
                        300,
                        20
                    ],
                    "text": "MIDI MAP: LEARN, then touch a pad or knob",
                    "presentation": 1,
                    "presentation_rect": [
                        560,
                        780,
                        300,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-872",
                    "maxclass": "umenu",
                    "numinlets": 1,
                    "numoutlets": 3,
                    "patching_rect": [
                        3370,
                        870.0,
                        220,
                        22
                    ],
                    "outlettype": [
                        "int",
                        "",
                        ""
                    ],
                    "autopopulate": 1,
                    "depth": 1,
                    "items": [
                        "/link/playing",
                        ",",
                        "/link/tap",
                        ",",
                        "/looper/1/record",
                        ",",
                        "/looper/1/play",
                        ",",
                        "/looper/1/stop",
                        ",",
                        "/looper/2/record",
                        ",",
                        "/looper/2/play",
                        ",",
                        "/looper/2/stop",
                        ",",
                        "/looper/3/record",
                        ",",
                        "/looper/3/play",
                        ",",
                        "/looper/3/stop",
                        ",",
                        "/looper/4/record",
                        ",",
                        "/looper/4/play",
                        ",",
                        "/looper/4/stop",
                        ",",
                        "/looper/5/record",
                        ",",
                        "/looper/5/play",
                        ",",
                        "/looper/5/stop",
                        ",",
                        "/looper/6/record",
                        ",",
                        "/looper/6/play",
                        ",",
                        "/looper/6/stop",
                        ",",
                        "/looper/7/record",
                        ",",
                        "/looper/7/play",
                        ",",
                        "/looper/7/stop",
                        ",",
                        "/looper/8/record",
                        ",",
                        "/looper/8/play",
                        ",",
                        "/looper/8/stop",
                        ",",
                        "/midiloop/1/record",
                        ",",
                        "/midiloop/1/play",
                        ",",
                        "/midiloop/1/stop",
                        ",",
                        "/midiloop/2/record",
                        ",",
                        "/midiloop/2/play",
                        ",",
                        "/midiloop/2/stop",
                        ",",
                        "/midiloop/3/record",
                        ",",
                        "/midiloop/3/play",
                        ",",
                        "/midiloop/3/stop",
                        ",",
                        "/midiloop/4/record",
                        ",",
                        "/midiloop/4/play",
                        ",",
                        "/midiloop/4/stop",
                        ","
                    ],
                    "prefix": "",
                    "presentation": 1,
                    "presentation_rect": [
                        560,
                        800,
                        220,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-873",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        904.0,
                        200,
                        36
                    ],
                    "text": "umenu's middle outlet: the chosen target's address."
                }
            },
            {
                "box": {
                    "id": "obj-874",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        952.0,
                        140,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend /map/learn"
                }
            },
            {
                "box": {
                    "id": "obj-875",
                    "maxclass": "umenu",
                    "numinlets": 1,
                    "numoutlets": 3,
                    "patching_rect": [
                        3370,
                        986.0,
                        240,
                        22
                    ],
                    "outlettype": [
                        "int",
                        "",
                        ""
                    ],
                    "autopopulate": 1,
                    "depth": 1,
                    "items": [],
                    "prefix": "",
                    "presentation": 1,
                    "presentation_rect": [
                        560,
                        953,
                        240,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-876",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        1020.0,
                        100,
                        18
                    ],
                    "text": "STOP LEARNING",
                    "presentation": 1,
                    "presentation_rect": [
                        560,
                        830,
                        100,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-877",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1050.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        560,
                        848,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-878",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1088.0,
                        120,
                        22.0
                    ],
                    "text": "/map/learn",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-879",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        1122.0,
                        100,
                        18
                    ],
                    "text": "LIST",
                    "presentation": 1,
                    "presentation_rect": [
                        660,
                        830,
                        100,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-880",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1152.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        660,
                        848,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-881",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        1190.0,
                        200,
                        36
                    ],
                    "text": "the BINDINGS menu is emptied, then filled from the answers"
                }
            },
            {
                "box": {
                    "id": "obj-882",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3370,
                        1238.0,
                        50,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "t b b"
                }
            },
            {
                "box": {
                    "id": "obj-883",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1272.0,
                        50,
                        22.0
                    ],
                    "text": "clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-884",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1306.0,
                        120,
                        22.0
                    ],
                    "text": "/map/list",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-885",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        1340.0,
                        100,
                        18
                    ],
                    "text": "CLEAR ALL",
                    "presentation": 1,
                    "presentation_rect": [
                        760,
                        830,
                        100,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-886",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1370.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        760,
                        848,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-887",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        1408.0,
                        200,
                        36
                    ],
                    "text": "the BINDINGS menu is emptied, then filled from the answers"
                }
            },
            {
                "box": {
                    "id": "obj-888",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3370,
                        1456.0,
                        50,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "text": "t b b"
                }
            },
            {
                "box": {
                    "id": "obj-889",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1490.0,
                        50,
                        22.0
                    ],
                    "text": "clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-890",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1524.0,
                        120,
                        22.0
                    ],
                    "text": "/map/clear",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-891",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        1558.0,
                        80,
                        18
                    ],
                    "text": "UNMAP ID",
                    "presentation": 1,
                    "presentation_rect": [
                        560,
                        880,
                        80,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-892",
                    "maxclass": "number",
                    "numinlets": 1,
                    "numoutlets": 2,
                    "patching_rect": [
                        3370,
                        1588.0,
                        60,
                        26
                    ],
                    "outlettype": [
                        "",
                        ""
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        560,
                        898,
                        60,
                        26
                    ],
                    "minimum": 1
                }
            },
            {
                "box": {
                    "id": "obj-893",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3370,
                        1626.0,
                        200,
                        36
                    ],
                    "text": "UNMAP sends the id in the box: the box sets [int], the button bangs it."
                }
            },
            {
                "box": {
                    "id": "obj-894",
                    "maxclass": "newobj",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1674.0,
                        40,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "int"
                }
            },
            {
                "box": {
                    "id": "obj-895",
                    "maxclass": "button",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1708.0,
                        26,
                        26
                    ],
                    "outlettype": [
                        "bang"
                    ],
                    "presentation": 1,
                    "presentation_rect": [
                        630,
                        898,
                        26,
                        26
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-896",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3370,
                        1746.0,
                        120,
                        22.0
                    ],
                    "text": "/map/remove $1",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-897",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3590,
                        620,
                        200,
                        36
                    ],
                    "text": "Each answer: a binding into the menu, the count and the last answer shown."
                }
            },
            {
                "box": {
                    "id": "obj-898",
                    "maxclass": "newobj",
                    "numinlets": 6,
                    "numoutlets": 6,
                    "patching_rect": [
                        3590,
                        668,
                        330,
                        22.0
                    ],
                    "outlettype": [
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""
                    ],
                    "text": "route /map/added /map/binding /map/list /map/removed /error"
                }
            },
            {
                "box": {
                    "id": "obj-899",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3590,
                        702.0,
                        110,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend append"
                }
            },
            {
                "box": {
                    "id": "obj-900",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3590,
                        736.0,
                        60,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "unpack 0"
                }
            },
            {
                "box": {
                    "id": "obj-901",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3590,
                        770.0,
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
                    "id": "obj-902",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3590,
                        804.0,
                        300,
                        18
                    ],
                    "text": "BINDINGS (LIST fills it; choose one to unmap)",
                    "presentation": 1,
                    "presentation_rect": [
                        560,
                        935,
                        300,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-903",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3590,
                        834.0,
                        100,
                        18
                    ],
                    "text": "LAST ANSWER",
                    "presentation": 1,
                    "presentation_rect": [
                        680,
                        880,
                        100,
                        18
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-904",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3590,
                        864.0,
                        210,
                        30
                    ],
                    "text": "",
                    "presentation": 1,
                    "presentation_rect": [
                        680,
                        898,
                        210,
                        30
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-905",
                    "maxclass": "comment",
                    "numinlets": 1,
                    "numoutlets": 0,
                    "patching_rect": [
                        3590,
                        906.0,
                        80,
                        22
                    ],
                    "text": "",
                    "presentation": 1,
                    "presentation_rect": [
                        810,
                        953,
                        80,
                        22
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-906",
                    "maxclass": "message",
                    "numinlets": 2,
                    "numoutlets": 1,
                    "patching_rect": [
                        3590,
                        940.0,
                        110,
                        22.0
                    ],
                    "text": "set $1 bindings",
                    "outlettype": [
                        ""
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-907",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3590,
                        974.0,
                        140,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set added"
                }
            },
            {
                "box": {
                    "id": "obj-908",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3590,
                        1008.0,
                        140,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set removed"
                }
            },
            {
                "box": {
                    "id": "obj-909",
                    "maxclass": "newobj",
                    "numinlets": 1,
                    "numoutlets": 1,
                    "patching_rect": [
                        3590,
                        1042.0,
                        140,
                        22.0
                    ],
                    "outlettype": [
                        ""
                    ],
                    "text": "prepend set error"
                }
            },
            {
                "box": {
                    "id": "obj-910",
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
                        590,
                        160,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-911",
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
                        735,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-912",
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
                    "id": "obj-913",
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
                        735,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-914",
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
                    "id": "obj-915",
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
                        735,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-916",
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
                    "id": "obj-917",
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
                        735,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-918",
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
                    "id": "obj-919",
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
                        695,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-920",
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
                    "id": "obj-921",
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
                        695,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-922",
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
                    "id": "obj-923",
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
                        695,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-924",
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
                    "id": "obj-925",
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
                        695,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-926",
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
                    "id": "obj-927",
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
                        655,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-928",
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
                    "id": "obj-929",
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
                        655,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-930",
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
                    "id": "obj-931",
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
                        655,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-932",
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
                    "id": "obj-933",
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
                        655,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-934",
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
                    "id": "obj-935",
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
                        615,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-936",
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
                    "id": "obj-937",
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
                        615,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-938",
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
                    "id": "obj-939",
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
                        615,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-940",
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
                    "id": "obj-941",
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
                        615,
                        36,
                        36
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-942",
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
                    "id": "obj-943",
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
                        590,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-944",
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
                        615,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-945",
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
                    "id": "obj-946",
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
                        590,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-947",
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
                        615,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-948",
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
                    "id": "obj-949",
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
                        590,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-950",
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
                        615,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-951",
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
                    "id": "obj-952",
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
                        590,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-953",
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
                        615,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-954",
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
                    "id": "obj-955",
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
                        590,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-956",
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
                        615,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-957",
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
                    "id": "obj-958",
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
                        590,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-959",
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
                        615,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-960",
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
                    "id": "obj-961",
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
                        590,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-962",
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
                        615,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-963",
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
                    "id": "obj-964",
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
                        590,
                        40,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-965",
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
                        615,
                        24,
                        150
                    ],
                    "size": 128.0
                }
            },
            {
                "box": {
                    "id": "obj-966",
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
                    "id": "obj-967",
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
                        590,
                        60,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-968",
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
                        615,
                        40,
                        40
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-969",
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
                    "id": "obj-970",
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
                    "id": "obj-971",
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
                        670,
                        60,
                        20
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-972",
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
                        690,
                        40,
                        40
                    ]
                }
            },
            {
                "box": {
                    "id": "obj-973",
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
                    "id": "obj-974",
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
                    "id": "obj-975",
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
                    "id": "obj-976",
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
                    "id": "obj-977",
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
                    "id": "obj-978",
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
                        "obj-33",
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
                        "obj-34",
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
                        0
                    ],
                    "destination": [
                        "obj-33",
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
                        "obj-38",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-38",
                        2
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
                        "obj-37",
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
                        "obj-10",
                        4
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
                        "obj-45",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-48",
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
                        "obj-49",
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
                        "obj-48",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-52",
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
                        "obj-53",
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
                        "obj-54",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-54",
                        0
                    ],
                    "destination": [
                        "obj-52",
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
                        "obj-59",
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
                        "obj-57",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-59",
                        1
                    ],
                    "destination": [
                        "obj-61",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-61",
                        0
                    ],
                    "destination": [
                        "obj-58",
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
                        "obj-65",
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
                        "obj-63",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-65",
                        1
                    ],
                    "destination": [
                        "obj-67",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-67",
                        0
                    ],
                    "destination": [
                        "obj-64",
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
                        "obj-73",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-73",
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
                        "obj-75",
                        0
                    ],
                    "destination": [
                        "obj-76",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-76",
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
                        "obj-78",
                        0
                    ],
                    "destination": [
                        "obj-79",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-79",
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
                        "obj-81",
                        0
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-96",
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
                        "obj-100",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-100",
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
                        11
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
                        "obj-101",
                        0
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
                        "obj-103",
                        0
                    ],
                    "destination": [
                        "obj-104",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-106",
                        0
                    ],
                    "destination": [
                        "obj-107",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-109",
                        0
                    ],
                    "destination": [
                        "obj-110",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-112",
                        0
                    ],
                    "destination": [
                        "obj-113",
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
                        "obj-112",
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
                        "obj-10",
                        14
                    ],
                    "destination": [
                        "obj-118",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-118",
                        0
                    ],
                    "destination": [
                        "obj-116",
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
                        "obj-121",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-121",
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
                        "obj-123",
                        0
                    ],
                    "destination": [
                        "obj-124",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-124",
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
                        "obj-126",
                        0
                    ],
                    "destination": [
                        "obj-127",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-127",
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
                        "obj-129",
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
                        "obj-69",
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
                        "obj-134",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-134",
                        0
                    ],
                    "destination": [
                        "obj-70",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        1
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
                        "obj-69",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        1
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
                        "obj-70",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        2
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
                        "obj-69",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        2
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
                        "obj-70",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        3
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
                        "obj-69",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        3
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
                        "obj-70",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        4
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
                        "obj-69",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        4
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
                        "obj-70",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        5
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
                        "obj-69",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-132",
                        5
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
                        "obj-70",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-149",
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
                        "obj-150",
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
                        "obj-10",
                        18
                    ],
                    "destination": [
                        "obj-175",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-175",
                        0
                    ],
                    "destination": [
                        "obj-173",
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
                        17
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
                        "obj-180",
                        0
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-189",
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
                        20
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
                        "obj-193",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-197",
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
                        "obj-198",
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
                        "obj-10",
                        21
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
                        "obj-206",
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
                        "obj-209",
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
                        "obj-146",
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
                        "obj-211",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-211",
                        0
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
                        "obj-209",
                        1
                    ],
                    "destination": [
                        "obj-212",
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
                        "obj-146",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-209",
                        1
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
                        "obj-147",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-209",
                        2
                    ],
                    "destination": [
                        "obj-214",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-214",
                        0
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
                        "obj-209",
                        2
                    ],
                    "destination": [
                        "obj-215",
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
                        "obj-147",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-209",
                        3
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
                        "obj-146",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-209",
                        3
                    ],
                    "destination": [
                        "obj-217",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-217",
                        0
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
                        "obj-209",
                        4
                    ],
                    "destination": [
                        "obj-218",
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
                        "obj-146",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-209",
                        4
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
                        "obj-147",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-209",
                        5
                    ],
                    "destination": [
                        "obj-220",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-220",
                        0
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
                        "obj-209",
                        5
                    ],
                    "destination": [
                        "obj-221",
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
                        "obj-147",
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
                        "obj-227",
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
                        "obj-2",
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
                        "obj-230",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-230",
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
                        "obj-232",
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-244",
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
                        "obj-245",
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
                        "obj-247",
                        0
                    ],
                    "destination": [
                        "obj-248",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-250",
                        0
                    ],
                    "destination": [
                        "obj-251",
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
                        "obj-250",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-253",
                        0
                    ],
                    "destination": [
                        "obj-254",
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
                        23
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
                        "obj-253",
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
                        "obj-10",
                        25
                    ],
                    "destination": [
                        "obj-268",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-268",
                        0
                    ],
                    "destination": [
                        "obj-266",
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
                        "obj-271",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-271",
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
                        26
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
                        "obj-272",
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
                        "obj-274",
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
                        "obj-275",
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
                        "obj-277",
                        0
                    ],
                    "destination": [
                        "obj-278",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-278",
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
                        "obj-280",
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
                        "obj-283",
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
                        "obj-223",
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
                        "obj-224",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        1
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
                        "obj-223",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        1
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
                        "obj-224",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        2
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
                        "obj-223",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        2
                    ],
                    "destination": [
                        "obj-292",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-292",
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
                        "obj-286",
                        3
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
                        "obj-293",
                        0
                    ],
                    "destination": [
                        "obj-223",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        3
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
                        "obj-294",
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
                        "obj-286",
                        4
                    ],
                    "destination": [
                        "obj-295",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-295",
                        0
                    ],
                    "destination": [
                        "obj-223",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        4
                    ],
                    "destination": [
                        "obj-296",
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
                        "obj-224",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        5
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
                        "obj-223",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-286",
                        5
                    ],
                    "destination": [
                        "obj-298",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-298",
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
                        "obj-303",
                        0
                    ],
                    "destination": [
                        "obj-304",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-304",
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
                        "obj-306",
                        0
                    ],
                    "destination": [
                        "obj-307",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-307",
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
                        "obj-309",
                        0
                    ],
                    "destination": [
                        "obj-310",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-310",
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
                        "obj-312",
                        0
                    ],
                    "destination": [
                        "obj-313",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-313",
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
                        "obj-315",
                        0
                    ],
                    "destination": [
                        "obj-316",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-316",
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
                        "obj-318",
                        0
                    ],
                    "destination": [
                        "obj-319",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-319",
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
                        "obj-321",
                        0
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-327",
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
                        29
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
                        "obj-330",
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
                        "obj-2",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-340",
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
                        "obj-341",
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
                        "obj-343",
                        0
                    ],
                    "destination": [
                        "obj-344",
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
                        "obj-343",
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
                        "obj-10",
                        32
                    ],
                    "destination": [
                        "obj-349",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-349",
                        0
                    ],
                    "destination": [
                        "obj-347",
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
                        "obj-352",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-352",
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
                        "obj-354",
                        0
                    ],
                    "destination": [
                        "obj-355",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-355",
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
                        "obj-357",
                        0
                    ],
                    "destination": [
                        "obj-358",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-358",
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
                        33
                    ],
                    "destination": [
                        "obj-361",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-361",
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
                        "obj-10",
                        28
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
                        "obj-364",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-364",
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
                        "obj-363",
                        0
                    ],
                    "destination": [
                        "obj-365",
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
                        "obj-301",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        1
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
                        "obj-300",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        1
                    ],
                    "destination": [
                        "obj-367",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-367",
                        0
                    ],
                    "destination": [
                        "obj-301",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        2
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
                        "obj-368",
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
                        "obj-363",
                        2
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
                        "obj-301",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        3
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
                        "obj-300",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        3
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
                        "obj-371",
                        0
                    ],
                    "destination": [
                        "obj-301",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        4
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
                        "obj-300",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        4
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
                        "obj-301",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-363",
                        5
                    ],
                    "destination": [
                        "obj-374",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-374",
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
                        "obj-363",
                        5
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
                        "obj-301",
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
                        "obj-2",
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
                        "obj-2",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-389",
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
                        "obj-390",
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
                        "obj-10",
                        36
                    ],
                    "destination": [
                        "obj-406",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-406",
                        0
                    ],
                    "destination": [
                        "obj-404",
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
                        "obj-10",
                        35
                    ],
                    "destination": [
                        "obj-409",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-409",
                        0
                    ],
                    "destination": [
                        "obj-407",
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
                        "obj-412",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-412",
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
                        "obj-414",
                        0
                    ],
                    "destination": [
                        "obj-415",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-415",
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
                        "obj-417",
                        0
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
                        "obj-2",
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
                        37
                    ],
                    "destination": [
                        "obj-422",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-422",
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
                        "obj-424",
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
                        38
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
                        "obj-424",
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
                        "obj-2",
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
                        "obj-2",
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
                        39
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
                        "obj-437",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        34
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
                        "obj-441",
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
                        "obj-377",
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
                        "obj-378",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        1
                    ],
                    "destination": [
                        "obj-443",
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
                        "obj-377",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        1
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
                        "obj-378",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        2
                    ],
                    "destination": [
                        "obj-445",
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
                        "obj-377",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        2
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
                        "obj-378",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        3
                    ],
                    "destination": [
                        "obj-447",
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
                        "obj-377",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        3
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
                        "obj-378",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        4
                    ],
                    "destination": [
                        "obj-449",
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
                        "obj-377",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        4
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
                        "obj-378",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        5
                    ],
                    "destination": [
                        "obj-451",
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
                        "obj-377",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-440",
                        5
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
                        "obj-378",
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
                        "obj-460",
                        0
                    ],
                    "destination": [
                        "obj-461",
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
                        "obj-466",
                        0
                    ],
                    "destination": [
                        "obj-467",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-469",
                        0
                    ],
                    "destination": [
                        "obj-470",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-472",
                        0
                    ],
                    "destination": [
                        "obj-473",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-475",
                        0
                    ],
                    "destination": [
                        "obj-476",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-478",
                        0
                    ],
                    "destination": [
                        "obj-479",
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
                        "obj-2",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-481",
                        0
                    ],
                    "destination": [
                        "obj-482",
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
                        42
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
                        "obj-481",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-484",
                        0
                    ],
                    "destination": [
                        "obj-485",
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
                        41
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
                        "obj-484",
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
                        "obj-497",
                        0
                    ],
                    "destination": [
                        "obj-498",
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
                        43
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
                        "obj-497",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-501",
                        0
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
                        44
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
                        "obj-501",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-505",
                        0
                    ],
                    "destination": [
                        "obj-506",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-506",
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
                        "obj-508",
                        0
                    ],
                    "destination": [
                        "obj-509",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-509",
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
                        "obj-511",
                        0
                    ],
                    "destination": [
                        "obj-512",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-512",
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
                        45
                    ],
                    "destination": [
                        "obj-515",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-515",
                        0
                    ],
                    "destination": [
                        "obj-514",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        40
                    ],
                    "destination": [
                        "obj-517",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-517",
                        0
                    ],
                    "destination": [
                        "obj-518",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-518",
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
                        "obj-517",
                        0
                    ],
                    "destination": [
                        "obj-519",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-519",
                        0
                    ],
                    "destination": [
                        "obj-455",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-517",
                        1
                    ],
                    "destination": [
                        "obj-520",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-520",
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
                        "obj-517",
                        1
                    ],
                    "destination": [
                        "obj-521",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-521",
                        0
                    ],
                    "destination": [
                        "obj-455",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-517",
                        2
                    ],
                    "destination": [
                        "obj-522",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-522",
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
                        "obj-517",
                        2
                    ],
                    "destination": [
                        "obj-523",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-523",
                        0
                    ],
                    "destination": [
                        "obj-455",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-517",
                        3
                    ],
                    "destination": [
                        "obj-524",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-524",
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
                        "obj-517",
                        3
                    ],
                    "destination": [
                        "obj-525",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-525",
                        0
                    ],
                    "destination": [
                        "obj-455",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-517",
                        4
                    ],
                    "destination": [
                        "obj-526",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-526",
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
                        "obj-517",
                        4
                    ],
                    "destination": [
                        "obj-527",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-527",
                        0
                    ],
                    "destination": [
                        "obj-455",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-517",
                        5
                    ],
                    "destination": [
                        "obj-528",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-528",
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
                        "obj-517",
                        5
                    ],
                    "destination": [
                        "obj-529",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-529",
                        0
                    ],
                    "destination": [
                        "obj-455",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-534",
                        0
                    ],
                    "destination": [
                        "obj-535",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-535",
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
                        "obj-537",
                        0
                    ],
                    "destination": [
                        "obj-538",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-538",
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
                        "obj-540",
                        0
                    ],
                    "destination": [
                        "obj-541",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-541",
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
                        "obj-543",
                        0
                    ],
                    "destination": [
                        "obj-544",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-544",
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
                        "obj-546",
                        0
                    ],
                    "destination": [
                        "obj-547",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-547",
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
                        "obj-549",
                        0
                    ],
                    "destination": [
                        "obj-550",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-550",
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
                        "obj-552",
                        0
                    ],
                    "destination": [
                        "obj-553",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-553",
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
                        "obj-555",
                        0
                    ],
                    "destination": [
                        "obj-556",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-556",
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
                        "obj-558",
                        0
                    ],
                    "destination": [
                        "obj-559",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-559",
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
                        48
                    ],
                    "destination": [
                        "obj-560",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-560",
                        0
                    ],
                    "destination": [
                        "obj-558",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-561",
                        0
                    ],
                    "destination": [
                        "obj-562",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-562",
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
                        47
                    ],
                    "destination": [
                        "obj-563",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-563",
                        0
                    ],
                    "destination": [
                        "obj-561",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-565",
                        0
                    ],
                    "destination": [
                        "obj-566",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-566",
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
                        "obj-568",
                        0
                    ],
                    "destination": [
                        "obj-569",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-569",
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
                        "obj-571",
                        0
                    ],
                    "destination": [
                        "obj-572",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-572",
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
                        "obj-574",
                        0
                    ],
                    "destination": [
                        "obj-575",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-575",
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
                        49
                    ],
                    "destination": [
                        "obj-576",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-576",
                        0
                    ],
                    "destination": [
                        "obj-574",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-578",
                        0
                    ],
                    "destination": [
                        "obj-579",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-579",
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
                        50
                    ],
                    "destination": [
                        "obj-580",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-580",
                        0
                    ],
                    "destination": [
                        "obj-578",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-582",
                        0
                    ],
                    "destination": [
                        "obj-583",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-583",
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
                        "obj-585",
                        0
                    ],
                    "destination": [
                        "obj-586",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-586",
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
                        "obj-588",
                        0
                    ],
                    "destination": [
                        "obj-589",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-589",
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
                        51
                    ],
                    "destination": [
                        "obj-592",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-592",
                        0
                    ],
                    "destination": [
                        "obj-591",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        46
                    ],
                    "destination": [
                        "obj-594",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        0
                    ],
                    "destination": [
                        "obj-595",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-595",
                        0
                    ],
                    "destination": [
                        "obj-531",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        0
                    ],
                    "destination": [
                        "obj-596",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-596",
                        0
                    ],
                    "destination": [
                        "obj-532",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        1
                    ],
                    "destination": [
                        "obj-597",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-597",
                        0
                    ],
                    "destination": [
                        "obj-531",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        1
                    ],
                    "destination": [
                        "obj-598",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-598",
                        0
                    ],
                    "destination": [
                        "obj-532",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        2
                    ],
                    "destination": [
                        "obj-599",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-599",
                        0
                    ],
                    "destination": [
                        "obj-531",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        2
                    ],
                    "destination": [
                        "obj-600",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-600",
                        0
                    ],
                    "destination": [
                        "obj-532",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        3
                    ],
                    "destination": [
                        "obj-601",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-601",
                        0
                    ],
                    "destination": [
                        "obj-531",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        3
                    ],
                    "destination": [
                        "obj-602",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-602",
                        0
                    ],
                    "destination": [
                        "obj-532",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        4
                    ],
                    "destination": [
                        "obj-603",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-603",
                        0
                    ],
                    "destination": [
                        "obj-531",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        4
                    ],
                    "destination": [
                        "obj-604",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-604",
                        0
                    ],
                    "destination": [
                        "obj-532",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        5
                    ],
                    "destination": [
                        "obj-605",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-605",
                        0
                    ],
                    "destination": [
                        "obj-531",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-594",
                        5
                    ],
                    "destination": [
                        "obj-606",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-606",
                        0
                    ],
                    "destination": [
                        "obj-532",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-611",
                        0
                    ],
                    "destination": [
                        "obj-612",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-612",
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
                        "obj-614",
                        0
                    ],
                    "destination": [
                        "obj-615",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-615",
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
                        "obj-617",
                        0
                    ],
                    "destination": [
                        "obj-618",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-618",
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
                        "obj-620",
                        0
                    ],
                    "destination": [
                        "obj-621",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-621",
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
                        "obj-623",
                        0
                    ],
                    "destination": [
                        "obj-624",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-624",
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
                        "obj-626",
                        0
                    ],
                    "destination": [
                        "obj-627",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-627",
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
                        "obj-629",
                        0
                    ],
                    "destination": [
                        "obj-630",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-630",
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
                        "obj-632",
                        0
                    ],
                    "destination": [
                        "obj-633",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-633",
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
                        "obj-635",
                        0
                    ],
                    "destination": [
                        "obj-636",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-636",
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
                        54
                    ],
                    "destination": [
                        "obj-637",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-637",
                        0
                    ],
                    "destination": [
                        "obj-635",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-638",
                        0
                    ],
                    "destination": [
                        "obj-639",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-639",
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
                        53
                    ],
                    "destination": [
                        "obj-640",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-640",
                        0
                    ],
                    "destination": [
                        "obj-638",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-642",
                        0
                    ],
                    "destination": [
                        "obj-643",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-643",
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
                        "obj-645",
                        0
                    ],
                    "destination": [
                        "obj-646",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-646",
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
                        "obj-648",
                        0
                    ],
                    "destination": [
                        "obj-649",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-649",
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
                        "obj-651",
                        0
                    ],
                    "destination": [
                        "obj-652",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-652",
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
                        55
                    ],
                    "destination": [
                        "obj-653",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-653",
                        0
                    ],
                    "destination": [
                        "obj-651",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-655",
                        0
                    ],
                    "destination": [
                        "obj-656",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-656",
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
                        56
                    ],
                    "destination": [
                        "obj-657",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-657",
                        0
                    ],
                    "destination": [
                        "obj-655",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-659",
                        0
                    ],
                    "destination": [
                        "obj-660",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-660",
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
                        "obj-662",
                        0
                    ],
                    "destination": [
                        "obj-663",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-663",
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
                        "obj-665",
                        0
                    ],
                    "destination": [
                        "obj-666",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-666",
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
                        57
                    ],
                    "destination": [
                        "obj-669",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-669",
                        0
                    ],
                    "destination": [
                        "obj-668",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        52
                    ],
                    "destination": [
                        "obj-671",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        0
                    ],
                    "destination": [
                        "obj-672",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-672",
                        0
                    ],
                    "destination": [
                        "obj-608",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        0
                    ],
                    "destination": [
                        "obj-673",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-673",
                        0
                    ],
                    "destination": [
                        "obj-609",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        1
                    ],
                    "destination": [
                        "obj-674",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-674",
                        0
                    ],
                    "destination": [
                        "obj-608",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        1
                    ],
                    "destination": [
                        "obj-675",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-675",
                        0
                    ],
                    "destination": [
                        "obj-609",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        2
                    ],
                    "destination": [
                        "obj-676",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-676",
                        0
                    ],
                    "destination": [
                        "obj-608",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        2
                    ],
                    "destination": [
                        "obj-677",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-677",
                        0
                    ],
                    "destination": [
                        "obj-609",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        3
                    ],
                    "destination": [
                        "obj-678",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-678",
                        0
                    ],
                    "destination": [
                        "obj-608",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        3
                    ],
                    "destination": [
                        "obj-679",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-679",
                        0
                    ],
                    "destination": [
                        "obj-609",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        4
                    ],
                    "destination": [
                        "obj-680",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-680",
                        0
                    ],
                    "destination": [
                        "obj-608",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        4
                    ],
                    "destination": [
                        "obj-681",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-681",
                        0
                    ],
                    "destination": [
                        "obj-609",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        5
                    ],
                    "destination": [
                        "obj-682",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-682",
                        0
                    ],
                    "destination": [
                        "obj-608",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-671",
                        5
                    ],
                    "destination": [
                        "obj-683",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-683",
                        0
                    ],
                    "destination": [
                        "obj-609",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-689",
                        0
                    ],
                    "destination": [
                        "obj-690",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-690",
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
                        "obj-692",
                        0
                    ],
                    "destination": [
                        "obj-693",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-693",
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
                        "obj-695",
                        0
                    ],
                    "destination": [
                        "obj-696",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-696",
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
                        "obj-698",
                        0
                    ],
                    "destination": [
                        "obj-699",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-699",
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
                        "obj-701",
                        0
                    ],
                    "destination": [
                        "obj-702",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-702",
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
                        "obj-704",
                        0
                    ],
                    "destination": [
                        "obj-705",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-705",
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
                        "obj-707",
                        0
                    ],
                    "destination": [
                        "obj-708",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-708",
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
                        "obj-710",
                        0
                    ],
                    "destination": [
                        "obj-711",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-711",
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
                        59
                    ],
                    "destination": [
                        "obj-712",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-712",
                        0
                    ],
                    "destination": [
                        "obj-710",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        60
                    ],
                    "destination": [
                        "obj-715",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-715",
                        0
                    ],
                    "destination": [
                        "obj-714",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        58
                    ],
                    "destination": [
                        "obj-717",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        0
                    ],
                    "destination": [
                        "obj-718",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-718",
                        0
                    ],
                    "destination": [
                        "obj-686",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        0
                    ],
                    "destination": [
                        "obj-719",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-719",
                        0
                    ],
                    "destination": [
                        "obj-687",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        1
                    ],
                    "destination": [
                        "obj-720",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-720",
                        0
                    ],
                    "destination": [
                        "obj-686",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        1
                    ],
                    "destination": [
                        "obj-721",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-721",
                        0
                    ],
                    "destination": [
                        "obj-687",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        2
                    ],
                    "destination": [
                        "obj-722",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-722",
                        0
                    ],
                    "destination": [
                        "obj-686",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        2
                    ],
                    "destination": [
                        "obj-723",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-723",
                        0
                    ],
                    "destination": [
                        "obj-687",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        3
                    ],
                    "destination": [
                        "obj-724",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-724",
                        0
                    ],
                    "destination": [
                        "obj-686",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        3
                    ],
                    "destination": [
                        "obj-725",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-725",
                        0
                    ],
                    "destination": [
                        "obj-687",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        4
                    ],
                    "destination": [
                        "obj-726",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-726",
                        0
                    ],
                    "destination": [
                        "obj-686",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        4
                    ],
                    "destination": [
                        "obj-727",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-727",
                        0
                    ],
                    "destination": [
                        "obj-687",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        5
                    ],
                    "destination": [
                        "obj-728",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-728",
                        0
                    ],
                    "destination": [
                        "obj-686",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-717",
                        5
                    ],
                    "destination": [
                        "obj-729",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-729",
                        0
                    ],
                    "destination": [
                        "obj-687",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-734",
                        0
                    ],
                    "destination": [
                        "obj-735",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-735",
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
                        "obj-737",
                        0
                    ],
                    "destination": [
                        "obj-738",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-738",
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
                        "obj-740",
                        0
                    ],
                    "destination": [
                        "obj-741",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-741",
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
                        "obj-743",
                        0
                    ],
                    "destination": [
                        "obj-744",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-744",
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
                        "obj-746",
                        0
                    ],
                    "destination": [
                        "obj-747",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-747",
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
                        "obj-749",
                        0
                    ],
                    "destination": [
                        "obj-750",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-750",
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
                        "obj-752",
                        0
                    ],
                    "destination": [
                        "obj-753",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-753",
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
                        "obj-755",
                        0
                    ],
                    "destination": [
                        "obj-756",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-756",
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
                        62
                    ],
                    "destination": [
                        "obj-757",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-757",
                        0
                    ],
                    "destination": [
                        "obj-755",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        63
                    ],
                    "destination": [
                        "obj-760",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-760",
                        0
                    ],
                    "destination": [
                        "obj-759",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        61
                    ],
                    "destination": [
                        "obj-762",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        0
                    ],
                    "destination": [
                        "obj-763",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-763",
                        0
                    ],
                    "destination": [
                        "obj-731",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        0
                    ],
                    "destination": [
                        "obj-764",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-764",
                        0
                    ],
                    "destination": [
                        "obj-732",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        1
                    ],
                    "destination": [
                        "obj-765",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-765",
                        0
                    ],
                    "destination": [
                        "obj-731",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        1
                    ],
                    "destination": [
                        "obj-766",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-766",
                        0
                    ],
                    "destination": [
                        "obj-732",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        2
                    ],
                    "destination": [
                        "obj-767",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-767",
                        0
                    ],
                    "destination": [
                        "obj-731",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        2
                    ],
                    "destination": [
                        "obj-768",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-768",
                        0
                    ],
                    "destination": [
                        "obj-732",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        3
                    ],
                    "destination": [
                        "obj-769",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-769",
                        0
                    ],
                    "destination": [
                        "obj-731",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        3
                    ],
                    "destination": [
                        "obj-770",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-770",
                        0
                    ],
                    "destination": [
                        "obj-732",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        4
                    ],
                    "destination": [
                        "obj-771",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-771",
                        0
                    ],
                    "destination": [
                        "obj-731",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        4
                    ],
                    "destination": [
                        "obj-772",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-772",
                        0
                    ],
                    "destination": [
                        "obj-732",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        5
                    ],
                    "destination": [
                        "obj-773",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-773",
                        0
                    ],
                    "destination": [
                        "obj-731",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-762",
                        5
                    ],
                    "destination": [
                        "obj-774",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-774",
                        0
                    ],
                    "destination": [
                        "obj-732",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-779",
                        0
                    ],
                    "destination": [
                        "obj-780",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-780",
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
                        "obj-782",
                        0
                    ],
                    "destination": [
                        "obj-783",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-783",
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
                        "obj-785",
                        0
                    ],
                    "destination": [
                        "obj-786",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-786",
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
                        "obj-788",
                        0
                    ],
                    "destination": [
                        "obj-789",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-789",
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
                        "obj-791",
                        0
                    ],
                    "destination": [
                        "obj-792",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-792",
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
                        "obj-794",
                        0
                    ],
                    "destination": [
                        "obj-795",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-795",
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
                        "obj-797",
                        0
                    ],
                    "destination": [
                        "obj-798",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-798",
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
                        "obj-800",
                        0
                    ],
                    "destination": [
                        "obj-801",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-801",
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
                        65
                    ],
                    "destination": [
                        "obj-802",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-802",
                        0
                    ],
                    "destination": [
                        "obj-800",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        66
                    ],
                    "destination": [
                        "obj-805",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-805",
                        0
                    ],
                    "destination": [
                        "obj-804",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        64
                    ],
                    "destination": [
                        "obj-807",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        0
                    ],
                    "destination": [
                        "obj-808",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-808",
                        0
                    ],
                    "destination": [
                        "obj-776",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        0
                    ],
                    "destination": [
                        "obj-809",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-809",
                        0
                    ],
                    "destination": [
                        "obj-777",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        1
                    ],
                    "destination": [
                        "obj-810",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-810",
                        0
                    ],
                    "destination": [
                        "obj-776",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        1
                    ],
                    "destination": [
                        "obj-811",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-811",
                        0
                    ],
                    "destination": [
                        "obj-777",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        2
                    ],
                    "destination": [
                        "obj-812",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-812",
                        0
                    ],
                    "destination": [
                        "obj-776",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        2
                    ],
                    "destination": [
                        "obj-813",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-813",
                        0
                    ],
                    "destination": [
                        "obj-777",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        3
                    ],
                    "destination": [
                        "obj-814",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-814",
                        0
                    ],
                    "destination": [
                        "obj-776",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        3
                    ],
                    "destination": [
                        "obj-815",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-815",
                        0
                    ],
                    "destination": [
                        "obj-777",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        4
                    ],
                    "destination": [
                        "obj-816",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-816",
                        0
                    ],
                    "destination": [
                        "obj-776",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        4
                    ],
                    "destination": [
                        "obj-817",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-817",
                        0
                    ],
                    "destination": [
                        "obj-777",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        5
                    ],
                    "destination": [
                        "obj-818",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-818",
                        0
                    ],
                    "destination": [
                        "obj-776",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-807",
                        5
                    ],
                    "destination": [
                        "obj-819",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-819",
                        0
                    ],
                    "destination": [
                        "obj-777",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-824",
                        0
                    ],
                    "destination": [
                        "obj-825",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-825",
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
                        "obj-827",
                        0
                    ],
                    "destination": [
                        "obj-828",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-828",
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
                        "obj-830",
                        0
                    ],
                    "destination": [
                        "obj-831",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-831",
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
                        "obj-833",
                        0
                    ],
                    "destination": [
                        "obj-834",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-834",
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
                        "obj-836",
                        0
                    ],
                    "destination": [
                        "obj-837",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-837",
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
                        "obj-839",
                        0
                    ],
                    "destination": [
                        "obj-840",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-840",
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
                        "obj-842",
                        0
                    ],
                    "destination": [
                        "obj-843",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-843",
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
                        "obj-845",
                        0
                    ],
                    "destination": [
                        "obj-846",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-846",
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
                        68
                    ],
                    "destination": [
                        "obj-847",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-847",
                        0
                    ],
                    "destination": [
                        "obj-845",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        69
                    ],
                    "destination": [
                        "obj-850",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-850",
                        0
                    ],
                    "destination": [
                        "obj-849",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-10",
                        67
                    ],
                    "destination": [
                        "obj-852",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        0
                    ],
                    "destination": [
                        "obj-853",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-853",
                        0
                    ],
                    "destination": [
                        "obj-821",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        0
                    ],
                    "destination": [
                        "obj-854",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-854",
                        0
                    ],
                    "destination": [
                        "obj-822",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        1
                    ],
                    "destination": [
                        "obj-855",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-855",
                        0
                    ],
                    "destination": [
                        "obj-821",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        1
                    ],
                    "destination": [
                        "obj-856",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-856",
                        0
                    ],
                    "destination": [
                        "obj-822",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        2
                    ],
                    "destination": [
                        "obj-857",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-857",
                        0
                    ],
                    "destination": [
                        "obj-821",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        2
                    ],
                    "destination": [
                        "obj-858",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-858",
                        0
                    ],
                    "destination": [
                        "obj-822",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        3
                    ],
                    "destination": [
                        "obj-859",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-859",
                        0
                    ],
                    "destination": [
                        "obj-821",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        3
                    ],
                    "destination": [
                        "obj-860",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-860",
                        0
                    ],
                    "destination": [
                        "obj-822",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        4
                    ],
                    "destination": [
                        "obj-861",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-861",
                        0
                    ],
                    "destination": [
                        "obj-821",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        4
                    ],
                    "destination": [
                        "obj-862",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-862",
                        0
                    ],
                    "destination": [
                        "obj-822",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        5
                    ],
                    "destination": [
                        "obj-863",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-863",
                        0
                    ],
                    "destination": [
                        "obj-821",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-852",
                        5
                    ],
                    "destination": [
                        "obj-864",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-864",
                        0
                    ],
                    "destination": [
                        "obj-822",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-866",
                        0
                    ],
                    "destination": [
                        "obj-867",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-867",
                        0
                    ],
                    "destination": [
                        "obj-868",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-869",
                        0
                    ],
                    "destination": [
                        "obj-868",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-870",
                        0
                    ],
                    "destination": [
                        "obj-868",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-872",
                        1
                    ],
                    "destination": [
                        "obj-874",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-874",
                        0
                    ],
                    "destination": [
                        "obj-870",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-877",
                        0
                    ],
                    "destination": [
                        "obj-878",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-878",
                        0
                    ],
                    "destination": [
                        "obj-870",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-880",
                        0
                    ],
                    "destination": [
                        "obj-882",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-882",
                        1
                    ],
                    "destination": [
                        "obj-883",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-883",
                        0
                    ],
                    "destination": [
                        "obj-875",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-882",
                        0
                    ],
                    "destination": [
                        "obj-884",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-884",
                        0
                    ],
                    "destination": [
                        "obj-870",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-886",
                        0
                    ],
                    "destination": [
                        "obj-888",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-888",
                        1
                    ],
                    "destination": [
                        "obj-889",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-889",
                        0
                    ],
                    "destination": [
                        "obj-875",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-888",
                        0
                    ],
                    "destination": [
                        "obj-890",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-890",
                        0
                    ],
                    "destination": [
                        "obj-870",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-892",
                        0
                    ],
                    "destination": [
                        "obj-894",
                        1
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-895",
                        0
                    ],
                    "destination": [
                        "obj-894",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-894",
                        0
                    ],
                    "destination": [
                        "obj-896",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-896",
                        0
                    ],
                    "destination": [
                        "obj-870",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-868",
                        0
                    ],
                    "destination": [
                        "obj-898",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-898",
                        1
                    ],
                    "destination": [
                        "obj-899",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-899",
                        0
                    ],
                    "destination": [
                        "obj-875",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-875",
                        1
                    ],
                    "destination": [
                        "obj-900",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-900",
                        0
                    ],
                    "destination": [
                        "obj-901",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-901",
                        0
                    ],
                    "destination": [
                        "obj-892",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-898",
                        2
                    ],
                    "destination": [
                        "obj-906",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-906",
                        0
                    ],
                    "destination": [
                        "obj-905",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-898",
                        0
                    ],
                    "destination": [
                        "obj-907",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-907",
                        0
                    ],
                    "destination": [
                        "obj-904",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-898",
                        3
                    ],
                    "destination": [
                        "obj-908",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-908",
                        0
                    ],
                    "destination": [
                        "obj-904",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-898",
                        4
                    ],
                    "destination": [
                        "obj-909",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-909",
                        0
                    ],
                    "destination": [
                        "obj-904",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-911",
                        0
                    ],
                    "destination": [
                        "obj-912",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-912",
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
                        "obj-913",
                        0
                    ],
                    "destination": [
                        "obj-914",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-914",
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
                        "obj-915",
                        0
                    ],
                    "destination": [
                        "obj-916",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-916",
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
                        "obj-917",
                        0
                    ],
                    "destination": [
                        "obj-918",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-918",
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
                        "obj-919",
                        0
                    ],
                    "destination": [
                        "obj-920",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-920",
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
                        "obj-921",
                        0
                    ],
                    "destination": [
                        "obj-922",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-922",
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
                        "obj-923",
                        0
                    ],
                    "destination": [
                        "obj-924",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-924",
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
                        "obj-925",
                        0
                    ],
                    "destination": [
                        "obj-926",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-926",
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
                        "obj-927",
                        0
                    ],
                    "destination": [
                        "obj-928",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-928",
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
                        "obj-929",
                        0
                    ],
                    "destination": [
                        "obj-930",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-930",
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
                        "obj-931",
                        0
                    ],
                    "destination": [
                        "obj-932",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-932",
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
                        "obj-933",
                        0
                    ],
                    "destination": [
                        "obj-934",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-934",
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
                        "obj-935",
                        0
                    ],
                    "destination": [
                        "obj-936",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-936",
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
                        "obj-937",
                        0
                    ],
                    "destination": [
                        "obj-938",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-938",
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
                        "obj-939",
                        0
                    ],
                    "destination": [
                        "obj-940",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-940",
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
                        "obj-941",
                        0
                    ],
                    "destination": [
                        "obj-942",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-942",
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
                        "obj-944",
                        0
                    ],
                    "destination": [
                        "obj-945",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-945",
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
                        "obj-947",
                        0
                    ],
                    "destination": [
                        "obj-948",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-948",
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
                        "obj-950",
                        0
                    ],
                    "destination": [
                        "obj-951",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-951",
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
                        "obj-953",
                        0
                    ],
                    "destination": [
                        "obj-954",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-954",
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
                        "obj-956",
                        0
                    ],
                    "destination": [
                        "obj-957",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-957",
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
                        "obj-959",
                        0
                    ],
                    "destination": [
                        "obj-960",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-960",
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
                        "obj-962",
                        0
                    ],
                    "destination": [
                        "obj-963",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-963",
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
                        "obj-965",
                        0
                    ],
                    "destination": [
                        "obj-966",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-966",
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
                        "obj-968",
                        0
                    ],
                    "destination": [
                        "obj-969",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-969",
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
                        "obj-970",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-970",
                        0
                    ],
                    "destination": [
                        "obj-968",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-972",
                        0
                    ],
                    "destination": [
                        "obj-973",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-973",
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
                        70
                    ],
                    "destination": [
                        "obj-976",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-976",
                        0
                    ],
                    "destination": [
                        "obj-977",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-977",
                        0
                    ],
                    "destination": [
                        "obj-978",
                        0
                    ],
                    "order": 0
                }
            },
            {
                "patchline": {
                    "source": [
                        "obj-978",
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